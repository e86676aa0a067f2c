#!/usr/bin/env python3
"""A TCP proxy on loopback that adds network latency, for bench/bench_network.py.

    .venv/bin/python bench/latency_proxy.py --target-port 5432 --rtt-ms 10

Each chunk read from either side is written to the other half the round trip later, in order
(chunks queue behind each other but do not wait for each other's delay, as on a real link).
It prints ``LISTENING <port> <control port>`` once ready. A line ``COUNT`` sent to the control
port is answered with ``<exchanges> <connections> <bytes up> <bytes down>``; an exchange is a
client request that follows a server answer (or opens the connection), so each one costs a round
trip. Only loopback addresses are used. The proxy exits when its standard input closes (the
benchmark that started it ended, however it ended) or on SIGTERM.

Run as a child process, so that its timing does not share the GIL with the application measured.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
_CHUNK = 65536


@dataclass
class ProxyCounts:
    """What went through the proxy since it started."""

    exchanges: int = 0
    connections: int = 0
    bytes_up: int = 0
    bytes_down: int = 0

    def __sub__(self, other: ProxyCounts) -> ProxyCounts:
        return ProxyCounts(
            self.exchanges - other.exchanges,
            self.connections - other.connections,
            self.bytes_up - other.bytes_up,
            self.bytes_down - other.bytes_down,
        )


# --------------------------------------------------------------------------- the proxy process


class _Proxy:
    def __init__(self, target_host: str, target_port: int, delay_s: float) -> None:
        self.target_host = target_host
        self.target_port = target_port
        self.delay_s = delay_s
        self.counts = ProxyCounts()

    async def handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        try:
            server_r, server_w = await asyncio.open_connection(self.target_host, self.target_port)
        except OSError:
            client_w.close()
            return
        self.counts.connections += 1
        # The side that sent last: a request after an answer is a new round trip.
        last = {"up": False}

        def up(data: bytes) -> None:
            if not last["up"]:
                self.counts.exchanges += 1
            last["up"] = True
            self.counts.bytes_up += len(data)

        def down(data: bytes) -> None:
            last["up"] = False
            self.counts.bytes_down += len(data)

        try:
            await asyncio.gather(
                self._pump(client_r, server_w, up), self._pump(server_r, client_w, down)
            )
        except (OSError, asyncio.IncompleteReadError):
            pass  # a side reset the connection: close both
        except asyncio.CancelledError:
            pass  # the proxy is stopping with the connection open: nothing to report
        finally:
            for writer in (client_w, server_w):
                writer.close()

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        seen: Callable[[bytes], None],
    ) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def read() -> None:
            try:
                while data := await reader.read(_CHUNK):
                    seen(data)
                    queue.put_nowait((loop.time() + self.delay_s, data))
            finally:
                queue.put_nowait(None)

        async def write() -> None:
            while (item := await queue.get()) is not None:
                due, data = item
                wait = due - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
            if writer.can_write_eof():
                writer.write_eof()

        await asyncio.gather(read(), write())

    async def control(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        line = await reader.readline()
        if line.strip() == b"COUNT":
            c = self.counts
            writer.write(f"{c.exchanges} {c.connections} {c.bytes_up} {c.bytes_down}\n".encode())
            await writer.drain()
        writer.close()


async def _serve(target_host: str, target_port: int, rtt_ms: float) -> None:
    proxy = _Proxy(target_host, target_port, rtt_ms / 2000)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)

    def watch_stdin() -> None:
        # EOF on stdin: the parent is gone, even if it was killed without a chance to stop us.
        sys.stdin.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    server = await asyncio.start_server(proxy.handle, "127.0.0.1", 0)
    control = await asyncio.start_server(proxy.control, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    control_port = control.sockets[0].getsockname()[1]
    print(f"LISTENING {port} {control_port}", flush=True)
    async with server, control:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target-host", default="127.0.0.1")
    parser.add_argument("--target-port", type=int, required=True)
    parser.add_argument("--rtt-ms", type=float, required=True)
    args = parser.parse_args(argv)
    if args.target_host not in LOOPBACK_HOSTS:
        parser.error("the proxy forwards to loopback addresses only")
    asyncio.run(_serve(args.target_host, args.target_port, args.rtt_ms))
    return 0


# --------------------------------------------------------------------------- the parent's handle


class LatencyProxy:
    """The proxy as a child process: ``with LatencyProxy(5432, 10) as proxy: proxy.port``.

    Args:
        target_port: The server's port on ``target_host``.
        rtt_ms: The round trip time added (half of it each way).
        target_host: A loopback address.
    """

    def __init__(self, target_port: int, rtt_ms: float, target_host: str = "127.0.0.1") -> None:
        if target_host not in LOOPBACK_HOSTS:
            raise ValueError("the latency proxy forwards to loopback addresses only")
        self.target_port = target_port
        self.target_host = target_host
        self.rtt_ms = rtt_ms
        self.port = 0
        self.control_port = 0
        self._proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> LatencyProxy:
        self._proc = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--target-host",
                self.target_host,
                "--target-port",
                str(self.target_port),
                "--rtt-ms",
                str(self.rtt_ms),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        # Also at exit: a SystemExit raised inside a Qt slot ends the process without unwinding.
        atexit.register(self.close)
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()  # "" if the child died: no endless wait
        if not line.startswith("LISTENING"):
            self.close()
            raise RuntimeError("the latency proxy did not start")
        _, port, control_port = line.split()
        self.port, self.control_port = int(port), int(control_port)
        return self

    def counts(self) -> ProxyCounts:
        """The proxy's counters now."""
        with socket.create_connection(("127.0.0.1", self.control_port), timeout=5) as conn:
            conn.sendall(b"COUNT\n")
            reply = conn.makefile().readline().split()
        return ProxyCounts(*(int(v) for v in reply))

    def close(self) -> None:
        atexit.unregister(self.close)
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # the child exits on EOF
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(main())
