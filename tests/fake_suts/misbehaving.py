#!/usr/bin/env python3
"""A fake SUT that misbehaves on purpose, to test the runner (after Bowtie's fake harnesses).

Usage: misbehaving.py MODE [N]. It answers `start` correctly, then bills like a bill with no
lines, except that on the N-th bill request (default 3) it:
  crash      exits with code 3 after writing to stderr
  hang       never answers
  garbage    answers a line that is not JSON
  schema     answers JSON that breaks the protocol schema
  flood      answers one line of 5 MiB
  slow       sleeps 0.3 s before every answer (and answers correctly)
  errored    answers {"errored": true} with a context
"""

import json
import sys
import time


def main() -> None:
    mode = sys.argv[1]
    nth = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    count = 0
    for raw in sys.stdin:
        message = json.loads(raw)
        if message["cmd"] == "stop":
            return
        if message["cmd"] == "start":
            reply = {"implementation": {"name": f"fake-{mode}", "version": "0"},
                     "ics": {"documents": {"access-catalog-3": {"capabilities": ["payment-dates"]}}}}
        else:
            count += 1
            reply = {"seq": message["seq"], "bills": [{"bill_date": message["case"]["bill_date"],
                                                       "payment_date": message["case"]["bill_date"]}]}
            if mode == "slow":
                time.sleep(0.3)
            elif count == nth:
                print(f"fake SUT misbehaving: {mode} on request {count}", file=sys.stderr, flush=True)
                if mode == "crash":
                    sys.exit(3)
                if mode == "hang":
                    time.sleep(3600)
                if mode == "garbage":
                    sys.stdout.write("this is not json\n")
                    sys.stdout.flush()
                    continue
                if mode == "schema":
                    reply = {"seq": message["seq"], "bills": [{"payment_date": 42}]}
                if mode == "flood":
                    sys.stdout.write('{"x": "' + "y" * (5 * 1024 * 1024) + '"}\n')
                    sys.stdout.flush()
                    continue
                if mode == "errored":
                    reply = {"seq": message["seq"], "errored": True, "context": {"message": "database down"}}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
