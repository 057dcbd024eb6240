#!/usr/bin/env python3
"""Writes assets/sounds/ballot-open.wav: the short chime a tablet plays when a ballot opens.

Made here from two sine tones (E5 then A5, each with a soft attack and an exponential decay),
so it carries no third party's copyright; it is part of Quorum under the project's licence.
Run it again to remake the file (the output is deterministic): python3 scripts/make-sounds.py
"""
import math
import os
import struct
import wave

RATE = 22050  # Hz: plenty for two tones under 1 kHz, and a small file
NOTES = [(659.25, 0.00), (880.00, 0.16)]  # (frequency in Hz, start in s)
LENGTH = 0.55  # s
PEAK = 0.45  # of full scale: noticeable, not startling


def sample(t):
    value = 0.0
    for freq, start in NOTES:
        u = t - start
        if u < 0:
            continue
        attack = min(1.0, u / 0.008)  # 8 ms: no click at the onset
        decay = math.exp(-u / 0.12)
        value += attack * decay * (math.sin(2 * math.pi * freq * u) + 0.25 * math.sin(4 * math.pi * freq * u))
    return value


def main():
    out = os.path.join(os.path.dirname(__file__), "..", "assets", "sounds", "ballot-open.wav")
    frames = [sample(i / RATE) for i in range(int(LENGTH * RATE))]
    scale = PEAK / max(abs(f) for f in frames)
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(f * scale * 32767)) for f in frames))


if __name__ == "__main__":
    main()
