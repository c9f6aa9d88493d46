"""Convert the open corpora under ../shared/data into spaCy DocBin files under training/work/corpus.

Splits (deterministic, seed 0):
  de syntax: train = UD de_gsd dev + UD de_pud minus a 10% held-out dev; test = UD de_gsd test
  de ner:    train = GermEval 2014 dev+test (minus 500 held-out sentences) + SmartData v1 (all);
             dev = the 500 GermEval sentences; test = UNER de_pud (on the de_pud text)
  en:        train/dev/test = UD en_ewt train/dev/test with UNER en_ewt entities merged in by
             sent_id (train file is the 2022 pre-release: OTH and B-O map to O)
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.training.converters.conllu_to_docs import conllu_sentence_to_doc
from spacy.vocab import Vocab

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EVENTCODER_SHARED", ROOT.parent / "shared")) / "data"
OUT = ROOT / "training" / "work" / "corpus"
SEED = 0
NE_PATTERN = "^((?:name|NE)=)?([BILU])-([A-Z_]+)|O$"
VOCAB = Vocab()  # one vocab, so sentence Docs can be joined

# Label mappings to the UNER set (PER, ORG, LOC); anything unlisted becomes O.
GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # OTH, *deriv, *part -> O
SMARTDATA_MAP = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
}  # location-route, org-position, date, time, number, trigger, ... -> O
UNER_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # OTH and stray B-O -> O

NO_SPACE_BEFORE = set(",.;:!?)]}%“'")
NO_SPACE_AFTER = set("([{„")


def conllu_sentences(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(sent_id, token lines) for each sentence of a CoNLL-U file."""
    block: list[str] = []
    sent_id = ""
    for line in list(path.read_text(encoding="utf-8").split("\n")) + [""]:
        if not line.strip():
            if block:
                yield sent_id, block
            block, sent_id = [], ""
        elif line.startswith("#"):
            m = re.match(r"#\s*sent_id\s*=\s*(\S+)", line)
            if m:
                sent_id = m.group(1)
        else:
            block.append(line)


def read_iob2(path: Path) -> dict[str, list[tuple[str, str]]]:
    """UNER: sent_id -> [(word, IOB2 tag)]."""
    out: dict[str, list[tuple[str, str]]] = {}
    sent_id, toks = "", []
    for line in list(path.read_text(encoding="utf-8").split("\n")) + [""]:
        if not line.strip():
            if toks:
                out[sent_id] = toks
            sent_id, toks = "", []
        elif line.startswith("#"):
            m = re.match(r"#\s*sent_id\s*=\s*(\S+)", line)
            if m:
                sent_id = m.group(1)
        else:
            parts = line.split("\t")
            toks.append((parts[1], parts[2]))
    return out


def uner_text_docs(path: Path) -> tuple[list[Doc], int]:
    """UNER sentences as Docs, spacing taken from the `# text =` comment where words align."""
    docs, misaligned = [], 0
    text, words, tags = "", [], []
    for line in path.read_text(encoding="utf-8").split("\n") + [""]:
        if line.startswith("# text ="):
            text = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if words:
                spaces, pos, ok = [], 0, True
                for w in words:
                    while pos < len(text) and text[pos].isspace():
                        pos += 1
                    if ok and text.startswith(w, pos):
                        pos += len(w)
                        spaces.append(pos < len(text) and text[pos].isspace())
                    else:
                        ok = False
                        spaces.append(True)
                misaligned += not ok
                doc = Doc(VOCAB, words=words, spaces=spaces)
                doc.ents = biluo_tags_to_spans(
                    doc, iob_to_biluo(fix_iob([map_iob(t, UNER_MAP) for t in tags])))
                docs.append(doc)
            text, words, tags = "", [], []
        else:
            parts = line.split("\t")
            words.append(parts[1])
            tags.append(parts[2])
    return docs, misaligned


def map_iob(tag: str, mapping: dict[str, str]) -> str:
    """Map an IOB tag's type through `mapping`; unmapped types become O."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    label = mapping.get(label, "")
    return f"{prefix}-{label}" if label and prefix in ("B", "I") else "O"


def fix_iob(tags: list[str]) -> list[str]:
    """Repair IOB2 sequences (an I- after O or another type starts a new entity)."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def ud_docs(path: Path, merge: bool, uner: dict[str, list[tuple[str, str]]] | None = None,
            stats: dict[str, int] | None = None) -> list[Doc]:
    """One Doc per UD sentence; UNER entities (matched by sent_id) go into MISC as NE=."""
    vocab = VOCAB
    docs = []
    for sent_id, lines in conllu_sentences(path):
        set_ents = False
        if uner is not None:
            words = [ln for ln in lines if re.match(r"^\d+\t", ln)]
            ner = uner.get(sent_id)
            if ner is not None and len(ner) == len(words):
                tags = fix_iob([map_iob(t, UNER_MAP) for _, t in ner])
                new, k = [], 0
                for ln in lines:
                    if re.match(r"^\d+\t", ln):
                        parts = ln.split("\t")
                        misc = parts[9] if parts[9] != "_" else ""
                        parts[9] = "|".join(x for x in (f"NE={tags[k]}", misc) if x)
                        ln = "\t".join(parts)
                        k += 1
                    new.append(ln)
                lines, set_ents = new, True
                if stats is not None:
                    stats["ner_matched"] = stats.get("ner_matched", 0) + 1
            elif stats is not None:
                stats["ner_missing"] = stats.get("ner_missing", 0) + 1
        doc = conllu_sentence_to_doc(vocab, lines, NE_PATTERN, merge_subtokens=merge,
                                     set_ents=set_ents)
        docs.append(doc)
    return docs


def group(docs: list[Doc], n: int) -> list[Doc]:
    """Join sentences into documents of n sentences (the parser learns boundaries)."""
    return [Doc.from_docs(docs[i:i + n]) for i in range(0, len(docs), n)]


def words_to_doc(vocab: Vocab, words: list[str], tags: list[str]) -> Doc:
    """A Doc from words with IOB2 tags; spaces guessed from punctuation."""
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        spaces.append(bool(nxt) and nxt not in NO_SPACE_BEFORE and w not in NO_SPACE_AFTER)
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(fix_iob(tags)))
    return doc


def germeval(path: Path, vocab: Vocab) -> list[Doc]:
    """GermEval 2014 TSV (outer entity column only) mapped to PER/ORG/LOC."""
    docs, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n") + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                docs.append(words_to_doc(vocab, words, tags))
            words, tags = [], []
            continue
        parts = line.split("\t")
        words.append(parts[1])
        tags.append(map_iob(parts[2], GERMEVAL_MAP))
    return docs


def read_json_stream(path: Path) -> Iterator[dict]:
    """JSON objects one after another in a .json.gz (raw_decode loop)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        text = f.read()
    dec = json.JSONDecoder()
    i = 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        obj, i = dec.raw_decode(text, i)
        yield obj


def smartdata(nlp: spacy.Language) -> list[Doc]:
    """SmartData v1 (train + test: every document once), mentions mapped to PER/ORG/LOC."""
    base = SHARED / "ner" / "smartdata_de" / "v1_20180119"
    seen, docs = set(), []
    for name in ("train.json.gz", "test.json.gz"):
        for d in read_json_stream(base / name):
            if d["id"] in seen:
                continue
            seen.add(d["id"])
            text = (d.get("text") or {}).get("string") or ""
            doc = nlp.make_doc(text)
            spans = []
            for m in (d.get("conceptMentions") or {}).get("array") or []:
                label = SMARTDATA_MAP.get(m["type"])
                if not label:
                    continue
                sp = doc.char_span(m["span"]["start"], m["span"]["end"], label=label,
                                   alignment_mode="expand")
                while sp is not None and len(sp) and sp[0].is_space:
                    sp = doc[sp.start + 1:sp.end]
                while sp is not None and len(sp) and sp[-1].is_space:
                    sp = doc[sp.start:sp.end - 1]
                if sp is not None and len(sp) and not any(t.is_space for t in sp):
                    spans.append(Span(doc, sp.start, sp.end, label=label))
            spans = spacy.util.filter_spans(spans)
            doc.set_ents(spans, default="outside")
            docs.append(doc)
    return docs


def save(docs: list[Doc], name: str) -> None:
    """Write docs to training/work/corpus/<name>.spacy."""
    OUT.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(OUT / f"{name}.spacy")
    ntok = sum(len(d) for d in docs)
    ents = sum(len(d.ents) for d in docs if d.has_annotation("ENT_IOB"))
    print(f"{name}: {len(docs)} docs, {ntok} tokens, {ents} entities", file=sys.stderr)


def convert_de() -> None:
    """German syntax and NER corpora."""
    ud = SHARED / "ud"
    rng = random.Random(SEED)
    train = ud_docs(ud / "de_gsd" / "de_gsd-ud-dev.conllu", merge=True)
    train += ud_docs(ud / "de_pud" / "de_pud-ud-test.conllu", merge=True)
    rng.shuffle(train)
    n_dev = len(train) // 10
    save(group(train[n_dev:], 10), "de_syntax_train")
    for pct in (25, 50):  # learning-curve subsets of the same shuffled training sentences
        part = train[n_dev:]
        save(group(part[:len(part) * pct // 100], 10), f"de_syntax_train_{pct}")
    save(group(train[:n_dev], 10), "de_syntax_dev")
    save(group(ud_docs(ud / "de_gsd" / "de_gsd-ud-test.conllu", merge=True), 10),
         "de_syntax_test")

    vocab = VOCAB
    ge = germeval(SHARED / "ner" / "germeval2014_de" / "NER-de-dev.tsv", vocab)
    ge += germeval(SHARED / "ner" / "germeval2014_de" / "NER-de-test.tsv", vocab)
    rng.shuffle(ge)
    sd = smartdata(spacy.blank("de"))
    ner_train = group(ge[500:], 10) + sd
    save(ner_train, "de_ner_train")
    order = list(range(len(ner_train)))
    random.Random(SEED).shuffle(order)
    for pct in (25, 50):  # learning-curve subsets (documents)
        keep = sorted(order[:len(order) * pct // 100])
        save([ner_train[i] for i in keep], f"de_ner_train_{pct}")
    save(group(ge[:500], 10), "de_ner_dev")
    test, misaligned = uner_text_docs(SHARED / "ner" / "uner_de_pud" / "de_pud-ud-test.iob2")
    print(f"de ner test: {misaligned} sentences with words not found in # text", file=sys.stderr)
    save(group(test, 10), "de_ner_test")


def convert_en() -> None:
    """English syntax + NER corpus (UD EWT with UNER EWT entities)."""
    ud = SHARED / "ud" / "en_ewt"
    ner = SHARED / "ner" / "uner_en_ewt"
    for split, nerfile in (("train", "en_ewt-ud-train.PRERELEASE-2022-12-02.iob2"),
                           ("dev", "en_ewt-ud-dev.iob2"), ("test", "en_ewt-ud-test.iob2")):
        stats: dict[str, int] = {}
        docs = ud_docs(ud / f"en_ewt-ud-{split}.conllu", merge=False,
                       uner=read_iob2(ner / nerfile), stats=stats)
        print(f"en {split} UNER match: {stats}", file=sys.stderr)
        save(group(docs, 10), f"en_{split}")
        if split == "train":  # learning-curve subsets of the same sentences, shuffled once
            shuffled = list(docs)
            random.Random(SEED).shuffle(shuffled)
            for pct in (25, 50):
                save(group(shuffled[:len(shuffled) * pct // 100], 10), f"en_train_{pct}")


if __name__ == "__main__":
    langs = sys.argv[1:] or ["de", "en"]
    if "de" in langs:
        convert_de()
    if "en" in langs:
        convert_en()
