/**
 * The addresses the room can reach this machine at: its IPv4 addresses on a network, not the
 * loopback and not a link-local 169.254.x.x (a network with no DHCP server, unreachable from
 * the rest of the room). The class session listens on each, or on the one --host names.
 */
import { networkInterfaces } from "node:os";
import { InputError } from "../../lesson/core/validate";

export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.family === "IPv4" && !entry.internal && !entry.address.startsWith("169.254."))
        found.push(entry.address);
    }
  }
  return found;
}

const LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * --host: one of this machine's network addresses, or a loopback address other than
 * 127.0.0.1 (which the presenter always takes for itself): that one lets a class session be
 * tried on one machine, and tested, with no traffic leaving it.
 */
export function checkHost(host: string, available: readonly string[], flag = "--host"): string {
  const loopback = LOOPBACK.exec(host);
  if (loopback && host !== "127.0.0.1" && loopback.slice(1).every((part) => Number(part) <= 255)) return host;
  if (available.includes(host)) return host;
  const choices = available.length > 0 ? available.join(", ") : "none: this machine is on no network";
  throw new InputError(
    `${flag} must be one of this machine's network addresses (${choices}) or a loopback address like 127.0.0.2, got ${JSON.stringify(host)}`,
  );
}
