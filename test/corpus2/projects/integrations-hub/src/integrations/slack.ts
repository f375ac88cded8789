import { Router } from 'express';
import { WebClient } from '@slack/web-api';

const userToken = 'xoxp-344436648034-619770504435-7705757522149-9e0082c358452358902ff3177e7e8c92';
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const oauth = {
  clientId: '4411223344.5566778899',
  clientSecret: '8c1f0e9d7b6a5c4d3e2f1a0b9c8d7e6f',
  redirectUri: 'https://hub.example.com/slack/oauth',
};

export const router = Router();

router.post('/events', async (req, res) => {
  await slack.chat.postMessage({ channel: req.body.channel, text: req.body.text });
  res.json({ ok: true, asUser: Boolean(userToken), clientId: oauth.clientId });
});
