#!/usr/bin/env bash
# Stage 1 of the default-model rebuild: import the annotated corpora (by path, never copied into
# the repository), split them into train/dev, and synthesize German and English feedback
# (train from the training side of the frame split, dev from held-out frames).
#   usage: scripts/prepare_data.sh [SHARED_DATA_DIR] [OUT_DIR]
set -euo pipefail
D=${1:-../shared/data}
OUT=${2:-runs/data}
SYN_TRAIN=${SYN_TRAIN:-12000}
SYN_DEV=${SYN_DEV:-1000}
TL=${TL:-teacher-labels}
mkdir -p "$OUT/raw"
[ -d "$D/wnut17" ] || { echo "prepare_data: no corpora at $D (pass the shared data folder)" >&2; exit 2; }

$TL import conll "$D/wnut17/wnut17train.conll" -o "$OUT/wnut17.train.jsonl" --corpus wnut17 --split train --lang en
$TL import conll "$D/wnut17/emerging.dev.conll" -o "$OUT/wnut17.dev.jsonl" --corpus wnut17 --split dev --lang en
$TL import germeval "$D/germeval2014/NER-de-dev.tsv" -o "$OUT/raw/germeval.jsonl" --corpus germeval2014 --split dev --lang de
$TL import conll "$D/german_legal_ner/dev.conll" -o "$OUT/raw/legal.jsonl" --corpus german_legal_ner --split dev --lang de --sep " "
$TL import tab "$D/tab/tab_train.jsonl" -o "$OUT/raw/tab.jsonl" --corpus tab --split train --lang en --paragraphs

# Held-out dev parts: 20 % by document/sentence; legal train keeps a third of its entity-free sentences.
$TL split "$OUT/raw/germeval.jsonl" --train "$OUT/germeval.train.jsonl" --dev "$OUT/germeval.dev.jsonl"
$TL split "$OUT/raw/legal.jsonl" --train "$OUT/legal.train.jsonl" --dev "$OUT/legal.dev.jsonl" --keep-empty 0.33
$TL split "$OUT/raw/tab.jsonl" --train "$OUT/tab.train.jsonl" --dev "$OUT/tab.dev.jsonl"

$TL synthesize -o "$OUT/synth.train.jsonl" -n "$SYN_TRAIN" --seed 1 --frames train
$TL synthesize -o "$OUT/synth.dev.jsonl" -n "$SYN_DEV" --seed 2 --frames heldout
# The PERSON bias check: the same held-out records once per name origin (every name from that
# Faker locale, all other text identical), so origins differ in their names and nothing else.
mkdir -p "$OUT/bias"
for origin in de_DE tr_TR pl_PL it_IT ar_AA vi_VN en_US en_GB en_NG yo_NG; do
  $TL synthesize -o "$OUT/bias/$origin.jsonl" -n "${SYN_BIAS:-600}" --seed 3 --frames heldout \
    --name-origin "$origin" >/dev/null
done
$TL concat -o "$OUT/synth.bias.jsonl" "$OUT"/bias/*.jsonl >/dev/null
for f in "$OUT"/*.jsonl; do $TL validate "$f" >/dev/null; done
echo "prepare_data: wrote $(ls "$OUT"/*.jsonl | wc -l) files to $OUT"

# One training file and one dev file for the teacher/student runs (sources and licences kept in
# the manifests); the per-corpus dev files stay for the per-corpus evaluation.
$TL concat -o "$OUT/train.jsonl" "$OUT"/synth.train.jsonl "$OUT"/wnut17.train.jsonl \
    "$OUT"/germeval.train.jsonl "$OUT"/legal.train.jsonl "$OUT"/tab.train.jsonl >/dev/null
$TL concat -o "$OUT/dev.jsonl" "$OUT"/synth.dev.jsonl "$OUT"/wnut17.dev.jsonl \
    "$OUT"/germeval.dev.jsonl "$OUT"/legal.dev.jsonl "$OUT"/tab.dev.jsonl >/dev/null
echo "prepare_data: train $(wc -l < "$OUT/train.jsonl") records, dev $(wc -l < "$OUT/dev.jsonl")"
