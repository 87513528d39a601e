/**
 * 실행 결과에 따라 정해지는 문장과 레이블, 한국어판: 영어판(../en)과 같은 모양의 표 하나, 주제마다 파일 하나.
 * Phrases 형식이 빠진 문구를 컴파일러가 잡고, test/lesson/narrate/phrases.test.ts가 다시 확인한다.
 */
import type { Phrases } from "../en/index";
import { f } from "./format";
import { charts } from "./charts";
import { classroom } from "./classroom";
import { counters } from "./counters";
import { cli } from "./cli";
import { distributions } from "./distributions";
import { gil } from "./gil";
import { growth } from "./growth";
import { headlines } from "./headlines";
import { lock } from "./lock";
import { params } from "./params";
import { live } from "./live";
import { race } from "./race";
import { run } from "./run";
import { schedules } from "./schedules";
import { site } from "./site";
import { seed } from "./seedSentence";
import { stepper } from "./stepper";
import { tables } from "./tables";
import { tiny } from "./tinyRace";
import { trace } from "./trace";

export const ko: Phrases = {
  locale: "ko-KR",
  f,
  counters,
  params,
  run,
  seed,
  race,
  live,
  lock,
  distributions,
  gil,
  charts,
  growth,
  schedules,
  tables,
  cli,
  stepper,
  tiny,
  trace,
  headlines,
  site,
  classroom,
};
