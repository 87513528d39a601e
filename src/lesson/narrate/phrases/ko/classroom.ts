/** 수업 세션의 말: 강사의 수업 페이지, 휴대폰의 참여 페이지, 참여한 학생의 터미널이 보여 주는 문장. */
import type { ClassWords } from "../en/classroom";
import { platformName } from "../en/classroom";
import { counters } from "./counters";
import { f, int } from "./format";
import { josa } from "./josa";

export const classroom: ClassWords = {
  pageTitle: "강의실 전체의 경합",
  joinHeading: "경합에 참여하기",
  joinHow: "레슨 폴더에서 실행하세요:",
  joinWhy:
    "이 주소로는 브라우저에서 경합을 돌릴 수 없습니다. 경합에는 공유 메모리가 필요한데, 브라우저는 그것을 자기 컴퓨터(localhost)나 HTTPS에서 온 페이지에만 주고, 이 페이지는 둘 다 아닙니다. 대신 여러분 컴퓨터의 Node가 모든 코어로 경합을 실행하고, 잃은 갱신과 걸린 시간을 코어 수, Node 버전과 함께 강의실에 보냅니다. 여러분에 대한 정보는 보내지 않습니다.",
  joinRoom: "지금까지 강의실의 결과",
  noAddress:
    "이 컴퓨터는 네트워크에 연결되어 있지 않아 강의실에서 접속할 수 없습니다. 강의실 네트워크에 연결한 뒤 다시 시작하세요.",
  chartTitle: "컴퓨터별, 시행마다 잃은 갱신",
  chartSubtitle: (p) =>
    `${p.counter} 카운터, 워커 ${int(p.threads)}개 × 증가 ${int(p.howMany)}번` +
    (p.sensorWork > 0 ? `, 센서 읽기 ${int(p.sensorWork)}회` : ""),
  xAxis: "코어 수 (각 컴퓨터가 알려 준 값)",
  yAxis: "시행마다 잃은 갱신 (%)",
  waiting: "첫 컴퓨터의 결과를 기다리는 중…",
  summary: (machines, trials, median) =>
    `컴퓨터 ${int(machines)}대, 시행 ${int(trials)}번, 시행마다 잃은 갱신의 중앙값 ${f.pct(median)}`,
  platform: platformName,
  otherPlatform: "그 밖의 플랫폼",
  point: (id, cores, node, platform, lost) =>
    `#${id}: 코어 ${int(cores)}개, Node ${node}, ${platformName(platform)}: 손실 ${f.pct(lost)}`,
  sent: (where, r, accepted) =>
    `${where}에 보냄: 코어 ${int(r.cores)}개, Node ${r.node}, ${platformName(r.platform)}; ` +
    `${counters.name[r.params.counter]} ${int(r.params.threads)} × ${int(r.params.howMany)}, 시행 ${int(r.trials.length)}번의 손실 ` +
    `${r.trials.map((t) => int(t.lost)).join(" · ")}, 걸린 시간 ${r.trials.map((t) => f.ms(t.elapsedMs)).join(" · ")} ms; ` +
    `${josa(`#${accepted.id}`, "으로/로")} 보관됨 (강의실 결과 ${int(accepted.results)}개)`,
  joining: (where) => `${where} 수업에 참여합니다: 강의의 경합을 이 컴퓨터에서 실행합니다`,
};
