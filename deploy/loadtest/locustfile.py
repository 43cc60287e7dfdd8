"""Replays a channelsim trace against a chat platform's TEST instance with Locust.

    channelsim run scenario.yaml --trace trace.jsonl
    TRACE=trace.jsonl SPEEDUP=1 locust -f locustfile.py --host https://chat-test.example.com \
        --users 500 --spawn-rate 50 --headless

Each Locust user takes the next contact of the trace, waits until its arrival time (relative
to the test start, divided by SPEEDUP), opens a conversation and sends each customer message
at its traced time (a fluid chat's messages are synthesised by channelsim, "synthetic": true;
REAL_ONLY=1 skips them). The endpoints are placeholders: adapt them to the platform's test API.
Give --users at least the peak number of contacts in progress. See docs/trace.md.
"""
import json
import os
import threading
import time

from locust import HttpUser, task, events

TRACE = os.environ.get("TRACE", "trace.jsonl")
SPEEDUP = float(os.environ.get("SPEEDUP", "1"))
CHANNEL = os.environ.get("CHANNEL", "chat")
REAL_ONLY = os.environ.get("REAL_ONLY", "") not in ("", "0")


def load_contacts(path):
    """One dict per contact of CHANNEL, in arrival order: arrival, message times, end."""
    by_id = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            if "contact" not in e:
                continue
            c = by_id.setdefault(e["contact"], {"id": e["contact"], "channel": e.get("channel"),
                                                "arrival": e["t"], "messages": [], "end": None})
            if e["event"] == "customer_message" and not (REAL_ONLY and e.get("synthetic")):
                c["messages"].append(e["t"])
            elif e["event"] in ("end", "abandoned", "left_mid_chat"):
                c["end"] = e["t"]
    return [c for c in sorted(by_id.values(), key=lambda c: c["arrival"]) if c["channel"] == CHANNEL]


CONTACTS = []
NEXT = iter(())
LOCK = threading.Lock()
START = [0.0]


@events.test_start.add_listener
def on_test_start(environment, **kwargs):
    global CONTACTS, NEXT
    CONTACTS = load_contacts(TRACE)
    NEXT = iter(CONTACTS)
    START[0] = time.time()


def wait_until(t):
    delay = t / SPEEDUP - (time.time() - START[0])
    if delay > 0:
        time.sleep(delay)


class TraceContact(HttpUser):
    """A user replays contacts one after another, each at its traced times."""

    @task
    def replay(self):
        with LOCK:
            contact = next(NEXT, None)
        if contact is None:
            self.environment.runner.quit() if self.environment.runner else None
            return
        wait_until(contact["arrival"])
        r = self.client.post("/conversations", json={"trace_contact": contact["id"]}, name="/conversations")
        try:
            cid = r.json().get("id", contact["id"])
        except ValueError:
            cid = contact["id"]
        for t in contact["messages"]:
            wait_until(t)
            self.client.post(f"/conversations/{cid}/messages", json={"text": "trace message"},
                             name="/conversations/[id]/messages")
        if contact["end"] is not None:
            wait_until(contact["end"])
            self.client.delete(f"/conversations/{cid}", name="/conversations/[id]")
