/** 실시간 경합: 1장의 경합과 3장의 히스토그램을 보는 사람의 브라우저에서 다시 돌린다. */
import { f, int } from "./format";
import { josa } from "./josa";

export const live = {
  heading: "이 브라우저에서 다시 돌려 보기",
  counter: "카운터",
  threads: "워커",
  howMany: "워커당 증가 횟수",
  sensorWork: "센서 작업",
  trials: "시행",
  run: "실행",
  stop: "중지",
  ready: (threads: number, howMany: number) =>
    `실행을 누르면 워커 ${int(threads)}개가 ${int(howMany)}번씩 이 브라우저의 스레드에서 경합한다.`,
  running: (done: number, trials: number) => `시행 ${int(trials)}번 중 ${int(done)}번째…`,
  stopped: "중지했다. 워커들을 모두 끝냈다.",

  offline:
    "아래는 노트북이 실행한 결과다. 강의를 웹에서 열면 이 경합이 브라우저에서 다시 돌아간다. HTTPS 웹 호스트에 올리거나 `npm run present`로 띄워라.",
  fromFile:
    "디스크에서 연 페이지는 워커와 메모리를 공유할 수 없다. 아래는 내보낼 때 실행한 결과다. 직접 경합을 돌리려면 강의를 웹 호스트(HTTPS)에서 열거나 `npm run present`로 띄워라.",
  notSecure: (host: string) =>
    `이 페이지는 ${host}에서 평문 HTTP로 왔다. 브라우저는 보안 페이지(HTTPS나 localhost)에서만 워커와 메모리를 공유하므로, 아래는 내보낼 때 실행한 결과다. 강의를 HTTPS로 제공하거나, 터미널에서 수업에 참여하라: \`npm run race -- --join\`.`,
  notIsolated:
    "이 페이지는 교차 출처 격리(cross-origin isolation) 없이 제공되어, 브라우저가 워커에게 공유 메모리를 주지 않는다. 아래는 내보낼 때 실행한 결과다. 격리해서 제공하는 `npm run present`로 강의를 띄워라.",
  isolating: "브라우저가 이 페이지와 워커의 메모리 공유를 허락하도록 한 번 다시 불러오는 중…",
  noServiceWorker:
    "이 브라우저는 페이지에 서비스 워커를 허락하지 않아(사생활 보호 창이거나 설정으로 막혀 있다) 워커와 메모리를 공유할 수 없다. 아래는 내보낼 때 실행한 결과다. 일반 창에서 강의를 열거나 `npm run present`로 띄워라.",
  stillNotIsolated:
    "교차 출처 격리를 위해 페이지를 한 번 다시 불러왔지만, 브라우저가 여전히 워커에게 공유 메모리를 주지 않는다. 아래는 내보낼 때 실행한 결과다. 직접 경합을 돌리려면 `npm run present`로 강의를 띄워라.",

  badValue: (label: string, value: string, min: number, max: number) =>
    `${josa(label, "은/는")} ${int(min)}부터 ${int(max)}까지의 정수여야 한다. 입력값: “${value}”.`,
  tooMany: (total: number, max: number) =>
    `워커 × 증가 횟수가 ${josa(int(total), "으로/로")} 공유 칸이 담을 수 있는 ${josa(int(max), "을/를")} 넘는다. 둘 중 하나를 줄여라.`,
  failed: (message: string) => `경합이 멈췄다: ${message}`,

  classOffline:
    "강의를 `npm run present -- --class`로 띄우면, 강의실의 컴퓨터들이 참여해 경합을 돌리는 대로 여기에 나타난다.",
  classNoSession:
    "진행 중인 수업 세션이 없다. 발표하는 컴퓨터에서 `npm run present -- --class`로 세션을 시작하면, 강의실의 각 컴퓨터가 다음 명령으로 참여한다:",
  classJoinCommand: "npm run race -- --join 주소",
  classKept: (startedAt: string, machines: number) =>
    `이 내보내기에 남은 마지막 수업 세션(${startedAt}, 컴퓨터 ${int(machines)}대)에서 강의실의 컴퓨터들이 낸 결과다. 새로 수업을 하려면 \`npm run present -- --class\`로 세션을 시작하라.`,

  eventLoop: {
    heading: "이벤트 루프 경합, 이 브라우저에서",
    tasks: "태스크",
    howMany: "태스크당 증가 횟수",
    ready: (tasks: number, howMany: number) =>
      `실행을 누르면 태스크 ${int(tasks)}개가 ${int(howMany)}번씩, 카운터마다 차례로 이 브라우저의 스레드 하나에서 경합한다.`,
    running: (name: string) => `${josa(name, "을/를")} 실행하는 중…`,
    offline:
      "아래는 노트북이 실행한 결과다. 내보낸 강의의 페이지와 슬라이드에서는 이 경합이 브라우저에서 다시 돌아간다. 디스크에서 열어도 된다.",
    tooMany: (total: number, max: number) =>
      `태스크 × 증가 횟수가 ${josa(int(total), "으로/로")} ${josa(int(max), "을/를")} 넘는다. 둘 중 하나를 줄여라.`,
    machine: (browser: string) => `${browser}의 스레드 하나, 웹 워커의 이벤트 루프에서 실행했다.`,
  },

  machine: (browser: string, cores: number) =>
    `${browser}에서 실행했다. 브라우저가 알려 준 코어 수는 ${int(cores)}개다.`,
  timing: (countingMs: number, nsPerIncrement: number) =>
    `세는 데 걸린 시간의 중앙값은 ${f.ms(countingMs)} ms, 모든 워커를 합쳐 증가 한 번에 ${f.ns(nsPerIncrement)} ns다.`,
  someLost: (losing: number, trials: number, worst: number) =>
    `**시행 ${int(trials)}번 중 ${int(losing)}번에서 갱신이 사라졌다.** 가장 많이 잃은 시행은 ${josa(f.pct(worst), "을/를")} 잃었다.`,
  noneLost: (trials: number) =>
    `**${trials === 1 ? "이번 시행은" : `이번에는 시행 ${int(trials)}번 모두`} 갱신을 하나도 잃지 않았다.** 워커들이 증가 연산 도중에 한 번도 겹치지 않았다. 다시 돌리거나, 루프가 더 오래 겹치도록 워커당 증가 횟수를 늘려 보라.`,
  noneLostOneCore: (trials: number, howMany: number, sensorWork: number) =>
    `**${trials === 1 ? "이번 시행은" : `시행 ${int(trials)}번 모두`} 갱신을 하나도 잃지 않았다.** 코어가 하나면 워커들은 차례를 나눠 실행될 뿐이고, 차례가 읽기와 쓰기 사이에서 끝나는 일은 드물다. 워커당 증가 횟수는 ${josa(int(howMany), "으로/로")}, 센서 작업은 ${josa(int(sensorWork), "으로/로")} 바꿔 보라.`,
  exact: (kind: string, trials: number, expected: number) =>
    `**${kind} 카운터로 ${trials === 1 ? "시행 한 번이" : `시행 ${int(trials)}번이 모두`} 정확히 ${josa(int(expected), "을/를")} 셌다.**`,
  notExact: (kind: string, losing: number, trials: number) =>
    `**${kind} 카운터로 시행 ${int(trials)}번 중 ${int(losing)}번에서 갱신이 사라졌다.** 이 카운터는 갱신을 잃으면 안 된다. 버그이니 알려 주기 바란다.`,
};
