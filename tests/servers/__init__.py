"""Real servers the tests start on 127.0.0.1 on free ports (Radicale, aiosmtpd, a chat-completions server)."""
