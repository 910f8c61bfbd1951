#!/usr/bin/env bash
# Regenerates the voice fixtures: espeak-ng speech, silence and noise, encoded the way
# Telegram sends voice messages (Ogg/Opus, mono, 48 kHz). Needs espeak-ng and ffmpeg
# (Debian: apt-get install espeak-ng ffmpeg). What is said, and the transcript expected, live in fixtures/sentences.json.
set -euo pipefail
cd "$(dirname "$0")/fixtures"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

opus() {  # opus IN.wav OUT.ogg: Telegram's voice format, small enough to commit
  ffmpeg -nostdin -loglevel error -y -i "$1" -ac 1 -ar 48000 \
    -c:a libopus -b:a 24k -application voip -map_metadata -1 \
    -fflags +bitexact -flags:a +bitexact -serial_offset 1 "$2"
}

python3 - "$tmp" <<'PY'
import json, subprocess, sys
tmp = sys.argv[1]
for name, sentence in json.load(open("sentences.json")).items():
    # No leading silence is added: the transcriber must cope with speech from t=0.
    wav = f"{tmp}/{name}.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", wav, sentence["say"]], check=True)
PY
for wav in "$tmp"/*.wav; do
  opus "$wav" "$(basename "${wav%.wav}").ogg"
done

ffmpeg -nostdin -loglevel error -y -f lavfi -i "anullsrc=r=48000:cl=mono" -t 4 "$tmp/silence.wav"
opus "$tmp/silence.wav" silence.ogg
# Loud pink noise: without the VAD filter whisper "hears" words in it.
ffmpeg -nostdin -loglevel error -y -f lavfi -i "anoisesrc=d=4:c=pink:a=0.3:seed=7" \
  "$tmp/noise.wav"
opus "$tmp/noise.wav" noise.ogg
ls -l ./*.ogg
