#!/usr/bin/env python3
"""A fast SMTP sink for benchmarks: accepts every mail and counts them.
Usage: smtp-sink.py PORT [COUNT_FILE]. Loopback only."""
import asyncio, sys

port = int(sys.argv[1])
count_file = sys.argv[2] if len(sys.argv) > 2 else None
count = 0

async def session(reader, writer):
    global count
    writer.write(b"220 sink ESMTP\r\n")
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line.strip().upper()
        if cmd.startswith(b"EHLO") or cmd.startswith(b"HELO"):
            writer.write(b"250-sink\r\n250 8BITMIME\r\n")
        elif cmd == b"DATA":
            writer.write(b"354 go ahead\r\n")
            await writer.drain()
            while True:
                l = await reader.readline()
                if not l or l in (b".\r\n", b".\n"):
                    break
            count += 1
            if count_file and count % 100 == 0:
                open(count_file, "w").write(str(count))
            writer.write(b"250 stored\r\n")
        elif cmd == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 OK\r\n")
        await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(session, "127.0.0.1", port)
    async with server:
        await server.serve_forever()

asyncio.run(main())
