"""A minimal SMTP server that accepts every mail and appends it to a file (one JSON line per mail), for two-nodes.sh."""
import json, socketserver, sys, threading

OUT = sys.argv[2]
lock = threading.Lock()

class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"220 sink ESMTP\r\n")
        rcpt = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode("latin-1").strip().upper()
            if cmd.startswith("EHLO") or cmd.startswith("HELO"):
                self.wfile.write(b"250 sink\r\n")
            elif cmd.startswith("RCPT"):
                rcpt.append(line.decode("latin-1").strip()[8:])
                self.wfile.write(b"250 ok\r\n")
            elif cmd == "DATA":
                self.wfile.write(b"354 go on\r\n")
                data = []
                while True:
                    l = self.rfile.readline()
                    if not l or l in (b".\r\n", b".\n"):
                        break
                    data.append(l.decode("latin-1"))
                # the same mail sent twice differs only in these headers
                body = "".join(x for x in data if not x.lower().startswith(("message-id:", "date:")))
                with lock, open(OUT, "a") as f:
                    f.write(json.dumps({"to": rcpt, "mail": body}) + "\n")
                rcpt = []
                self.wfile.write(b"250 queued\r\n")
            elif cmd == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")

class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

Server(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
