import { createServer, type Server } from "node:http";

/**
 * A page on another port of the app's host: the same site, so the browser sends it the app's
 * SameSite=Lax session cookie along with whatever it posts. It tries the cookie API with a no-cors
 * fetch (JSON as text/plain, and a CSV upload), a plain `<form enctype="text/plain">` that smuggles
 * JSON, and a form posting to a server action.
 */
function page(app: string, marker: string, actionId: string) {
  // Sent as `name=value`: {"name":"… form","externalId":"…="}, JSON the API would take.
  const json = JSON.stringify({ name: `${marker} form`, externalId: marker }).slice(0, -2);
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Another site on this host</title>
<h1>A same-site page on another port</h1>
<form method="post" enctype="text/plain" action="${app}/api/v1/customers">
  <input type="hidden" name='${json}' value='"}'><button>Send the JSON form</button>
</form>
<form method="post" enctype="multipart/form-data" action="${app}/en/customers">
  <input type="hidden" name="$ACTION_ID_${actionId}" value=""><input type="hidden" name="name" value="${marker} action">
  <button>Send the action form</button>
</form>
<button id="fetch">Send the fetches</button><output></output>
<script>
document.getElementById("fetch").onclick = async () => {
  const sent = { method: "POST", mode: "no-cors", credentials: "include" };
  await fetch("${app}/api/v1/customers", { ...sent, headers: { "content-type": "text/plain" }, body: JSON.stringify({ name: "${marker} fetch" }) });
  const upload = new FormData();
  upload.append("file", new Blob(["name\\n${marker} import\\n"], { type: "text/csv" }), "customers.csv");
  await fetch("${app}/api/v1/import/customers?locale=en", { ...sent, body: upload });
  document.querySelector("output").textContent = "fetches sent";
};
</script></html>`;
}

export async function startHostileSite(port: number, app: string, marker: string, actionId: string): Promise<Server> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(page(app, marker, actionId));
  });
  await new Promise<void>((resolve) => server.listen(port, "localhost", resolve));
  return server;
}
