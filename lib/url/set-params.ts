/**
 * The parameters of a GET form or a URL that are set. An empty select or a blank box means "any",
 * so it stays out of the address: the URL holds only what the person chose.
 */
export function setParams(entries: Iterable<readonly [string, unknown]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of entries) {
    if (typeof value === "string" && value.trim() !== "") params.append(name, value);
  }
  return params;
}
