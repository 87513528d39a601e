/**
 * A request's JSON body, read with a limit: the type must say JSON (415), the size must fit
 * (413, told by Content-Length before a byte is read, or on the byte that crosses it), the
 * bytes must be UTF-8 (400) and the text JSON (400). What is left of a refused body is read
 * and dropped, so the client hears the refusal instead of a reset connection; the server's
 * request timeout bounds how long that can take.
 */
import type { IncomingMessage } from "node:http";
import { Refusal } from "./responses";

const JSON_TYPE = "application/json";

function checkContentType(header: string | undefined): void {
  const [type, ...parameters] = (header ?? "").split(";").map((part) => part.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith("charset="))?.slice("charset=".length);
  if (type !== JSON_TYPE || (charset !== undefined && charset.replaceAll('"', "") !== "utf-8")) {
    throw new Refusal(
      415,
      `the body must be ${JSON_TYPE} (UTF-8), got ${header ? JSON.stringify(header) : "no Content-Type"}`,
    );
  }
}

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  checkContentType(req.headers["content-type"]);
  const tooLarge = new Refusal(413, `the body must be at most ${limit.toLocaleString("en-US")} bytes`);
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    req.resume();
    throw tooLarge;
  }
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Events, not `for await`: leaving that loop early would destroy the socket under the answer.
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) reject(tooLarge);
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", () => reject(new Refusal(400, "the request broke off before its body ended")));
    req.on("close", () => reject(new Refusal(400, "the request ended before its body did")));
  });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal(400, "the body is not valid UTF-8");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Refusal(400, `the body is not JSON: ${(error as Error).message}`);
  }
}
