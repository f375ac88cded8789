"use strict";
// Syncs payout reports to the finance repo.
const GITHUB_TOKEN = "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";

async function pushReport(path, content) {
  const res = await fetch(`https://api.github.com/repos/acme/finance-reports/contents/${path}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${GITHUB_TOKEN}`, Accept: "application/vnd.github+json" },
    body: JSON.stringify({ message: `payout report ${path}`, content: Buffer.from(content).toString("base64") })
  });
  if (!res.ok) throw new Error(`GitHub responded ${res.status}`);
}

module.exports = { pushReport };
