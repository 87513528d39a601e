/**
 * `npm run present`: serves an export on http://127.0.0.1:PORT/, cross-origin isolated, until
 * Ctrl-C; with --class, also on the network, with a class session the room joins.
 *
 * Exit codes: 0 after a clean stop (SIGINT or SIGTERM: the servers closed, the session's file
 * written), 2 for a refused flag or folder (one line, nothing started), 1 when a port cannot
 * be opened or something else fails.
 */
import { ClassSession } from "../class/session";
import { describeParams } from "../class/resultSchema";
import { lanAddresses } from "../class/addresses";
import { USAGE, parsePresentArgs, type PresentOptions } from "./options";
import { CLASS_PATHS } from "../class/protocol";
import { ListenError, startPresenter, type Presenter } from "./presenter";
import { qrForTerminal } from "../class/qr";
import { InputError } from "../../lesson/core/validate";

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  let options: PresentOptions;
  try {
    options = parsePresentArgs(argv, lanAddresses());
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`present: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    say(USAGE);
    return 0;
  }

  let presenter: Presenter;
  try {
    presenter = await startPresenter({
      folder: options.out,
      port: options.port,
      class: options.class ?? undefined,
      log: say,
    });
  } catch (error) {
    if (!(error instanceof ListenError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }

  say(`present: serving ${options.out}, cross-origin isolated (COOP same-origin, COEP require-corp)`);
  say(`present: the lesson: ${presenter.localUrl}index.html`);
  if (presenter.session) await announce(presenter, presenter.session);
  say("present: Ctrl-C stops it");

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  // A second Ctrl-C while closing gives up on the grace period.
  const again = () => {
    process.stderr.write("present: stopped before the session's file was written a last time\n");
    process.exit(1);
  };
  process.once("SIGINT", again);
  process.once("SIGTERM", again);
  say(`present: ${signal}: stopping`);
  await presenter.close();
  if (presenter.session) {
    const count = presenter.session.all.length;
    say(`present: ${count} result${count === 1 ? "" : "s"} kept in ${presenter.session.file}`);
  }
  say("present: stopped");
  return 0;
}

async function announce(presenter: Presenter, session: ClassSession): Promise<void> {
  say(`present: class session: ${describeParams(session.params)}`);
  say(`present: the class page: ${presenter.localUrl}${CLASS_PATHS.page.slice(1)}`);
  say(`present: results go to ${session.file}`);
  const [first] = presenter.join;
  if (first === undefined) {
    say("present: this machine is on no network, so the room cannot join: connect it and start again");
    return;
  }
  for (const { url } of presenter.join) say(`present: students join with: npm run race -- --join ${url}`);
  // The QR code of the first address; a phone that scans it shows how to join.
  if (process.stdout.isTTY) say(await qrForTerminal(first.url));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`present: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
