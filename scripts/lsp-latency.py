#!/usr/bin/env python3
"""How long `apg lsp` takes to answer after a change, as an editor sees it.

Usage: scripts/lsp-latency.py [APG] [WORKSPACE] [ROUNDS]
       (defaults: .build/release/apg, else .build/debug/apg; samples/kessler; 20)

Starts `apg lsp`, opens the workspace's global guide, then per round sends a
`didChange` (a word appended to the vision) followed at once by a `documentSymbol`
request. The server answers a request only from a compilation of the changed text, so
the time from the change to the answer is one recompile of the whole workspace plus the
answer (the 150 ms debounce of published diagnostics does not apply). Prints the best,
median and worst of the rounds in milliseconds. A figure, not a test: the target
(issue #16) is under 100 ms for the sample in a release build.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    apg = sys.argv[1] if len(sys.argv) > 1 else next(
        (p for p in (os.path.join(root, ".build/release/apg"), os.path.join(root, ".build/debug/apg")) if os.path.exists(p)), None)
    workspace = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "samples/kessler"))
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    if not apg:
        sys.exit("lsp-latency: build apg first (swift build -c release --product apg)")
    server = subprocess.Popen([apg, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def receive():
        length = 0
        while True:
            line = server.stdout.readline()
            if not line:
                sys.exit("lsp-latency: the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(server.stdout.read(length))

    def request(identifier, method, params):
        send({"jsonrpc": "2.0", "id": identifier, "method": method, "params": params})
        while True:
            message = receive()
            if message.get("id") == identifier and "method" not in message:
                return message

    uri = "file://" + os.path.join(workspace, "global.md")
    with open(os.path.join(workspace, "global.md"), encoding="utf-8") as file:
        text = file.read()
    request(1, "initialize", {"processId": os.getpid(), "rootUri": "file://" + workspace, "capabilities": {}})
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    request(2, "textDocument/documentSymbol", {"textDocument": {"uri": uri}})  # warm-up
    times = []
    for number in range(rounds):
        changed = text.replace("## Vision\n", "## Vision\n\nRound %d.\n" % number, 1)
        start = time.perf_counter()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": number + 2}, "contentChanges": [{"text": changed}]}})
        answer = request(100 + number, "textDocument/documentSymbol", {"textDocument": {"uri": uri}})
        times.append((time.perf_counter() - start) * 1000)
        if "error" in answer:
            sys.exit("lsp-latency: %s" % answer["error"])
    request(9999, "shutdown", None)
    send({"jsonrpc": "2.0", "method": "exit"})
    server.wait(timeout=10)
    print("apg lsp, %s, %d rounds: change to answer best %.0f ms, median %.0f ms, worst %.0f ms"
          % (os.path.relpath(workspace), rounds, min(times), statistics.median(times), max(times)))


if __name__ == "__main__":
    main()
