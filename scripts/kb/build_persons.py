"""Build kb/persons/<region>.jsonl from the hand-typed tables in scripts/kb/persons/."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from unidecode import unidecode

ROOT = Path(__file__).resolve().parents[2]
SRC = Path(__file__).resolve().parent / "persons"
OUT = ROOT / "src" / "eventcoder" / "kb" / "persons"

# Table format (one file per region, <region>.txt):
#   @ CCC [scheme]        default country (ISO3, or "-" for none) and naming scheme for what follows
#   P Name | native; native | variant; variant | id=slug sur=Short;Short
#   - SEC[/CCC] Office title {ORG} START END      (END "-" = in office; START "?" = unknown)
# schemes: ru, uk, be (Cyrillic transliterated to EN/DE/FR), ar (Arabic/Persian romanisations:
# German sch/ch/dsch and French ch/dj/ou forms), zh, ko (family name first), ja (given name first).

RU_DE = {
    "а": "a",
    "б": "b",
    "в": "w",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "jo",
    "ж": "sch",
    "з": "s",
    "и": "i",
    "й": "j",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "ch",
    "ц": "z",
    "ч": "tsch",
    "ш": "sch",
    "щ": "schtsch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
}
RU_FR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "ï",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "ou",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "tch",
    "ш": "ch",
    "щ": "chtch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iou",
    "я": "ia",
}
RU_EN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
UK_DE = dict(RU_DE, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ji", "є": "je", "е": "e"})
UK_FR = dict(RU_FR, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ï", "є": "ie", "е": "e"})
UK_EN = dict(RU_EN, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "е": "e"})
for _t, _x in (
    (RU_DE, {"і": "i", "ў": "w", "ї": "ji", "є": "je", "ґ": "g"}),
    (RU_FR, {"і": "i", "ў": "ou", "ї": "ï", "є": "ie", "ґ": "g"}),
    (RU_EN, {"і": "i", "ў": "u", "ї": "yi", "є": "ye", "ґ": "g"}),
):
    for _k, _v in _x.items():
        _t.setdefault(_k, _v)
VOWELS = set("аеёиоуыэюяіїє")


def _translit(word: str, table: dict[str, str], lang: str, scheme: str) -> str:
    """Transliterate one Cyrillic word by a letter table plus the usual press conventions."""
    low = word.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        ch = low[i]
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        end = i + 2 >= len(low)
        if ch not in table:
            out.append(ch)
            i += 1
            continue
        if ch == "к" and nxt == "с" and lang in ("de", "fr"):
            out.append("x")
            i += 2
            continue
        if ch in "иы" and nxt == "й" and end:
            if scheme == "uk" or ch == "ы":
                out.append({"de": "yj", "fr": "y", "en": "y"}[lang] if scheme == "uk" else "y")
            else:
                out.append({"de": "i", "fr": "i", "en": "y"}[lang])
            i += 2
            continue
        if ch == "й":
            out.append({"de": "j" if prev == "е" else "i", "fr": "ï", "en": "y"}[lang])
            i += 1
            continue
        if ch == "е" and scheme != "uk" and (i == 0 or prev in VOWELS or prev in "ьъ"):
            out.append({"de": "je", "fr": "ie", "en": "ye"}[lang])
            i += 1
            continue
        if ch == "с" and lang in ("de", "fr") and prev in VOWELS and nxt in VOWELS:
            out.append("ss")
            i += 1
            continue
        if ch == "г" and lang == "fr" and scheme != "uk" and nxt in "еиы":
            out.append("gu")
            i += 1
            continue
        out.append(table[ch])
        i += 1
    res = "".join(out)
    if lang == "fr" and res.endswith("in") and len(res) > 3:
        res += "e"
    if lang == "fr" and scheme == "uk" and res.endswith("skyy"):
        res = res[:-1]
    return res[:1].upper() + res[1:]


def cyr_forms(native: str, scheme: str) -> list[str]:
    """German, French and English transliterations of a Cyrillic full name."""
    tables = {
        "de": UK_DE if scheme == "uk" else RU_DE,
        "fr": UK_FR if scheme == "uk" else RU_FR,
        "en": UK_EN if scheme == "uk" else RU_EN,
    }
    forms = []
    for lang in ("de", "fr", "en"):
        forms.append(" ".join(_translit(w, tables[lang], lang, scheme) for w in native.split()))
    en = forms[-1]
    alt = re.sub(r"ey\b", "ei", en).replace("iy ", "i ")
    forms.append(re.sub(r"y\b", "i", alt) if scheme != "uk" else alt)
    return forms


def arabic_forms(name: str) -> list[str]:
    """German and French spellings of an English romanisation of an Arabic/Persian/Pashto name."""
    de = name
    de = re.sub(r"(?<![sSc])h", "h", de)
    de = de.replace("Kh", "Ch").replace("kh", "ch").replace("Sh", "Sch").replace("sh", "sch")
    de = re.sub(r"\bJ", "Dsch", de)
    de = re.sub(r"(?<=[a-z])j", "dsch", de)
    de = re.sub(r"\bY(?=[aeiou])", "J", de)
    de = re.sub(r"y(?=[aeiou])", "j", de)
    fr = name.replace("Sh", "Ch").replace("sh", "ch")
    fr = re.sub(r"\bJ", "Dj", fr)
    fr = re.sub(r"(?<=[a-z])j", "dj", fr)
    fr = re.sub(r"(?<![aeoiu])u", "ou", fr)
    return [de, fr]


PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "da",
    "do",
    "dos",
    "di",
    "du",
    "del",
    "della",
    "bin",
    "ibn",
    "bint",
    "la",
    "le",
    "abu",
}


def surnames(name: str, scheme: str) -> list[str]:
    """Short forms: the family name as newspapers use it alone."""
    toks = name.split()
    if len(toks) < 2:
        return []
    if scheme in ("zh", "ko"):
        return []  # "Kim", "Li", "Wang" alone are too ambiguous; give short forms with sur=
    start = len(toks) - 1
    for j in range(1, len(toks) - 1):
        if toks[j].lower() in PARTICLES:
            start = j
            break
    sur = " ".join(toks[start:])
    res = [sur]
    last = toks[-1]
    m = re.match(r"^(?:al|el|as|ash|ad|an|ar|at|az|ath)-(.+)$", last)
    if m:
        res.append(m.group(1))
    if start != len(toks) - 1 and toks[start].lower() in ("von", "van", "de", "da", "di", "du"):
        res.append(" ".join(toks[start + 1 :]))
    return res


def fold(s: str) -> str:
    """ASCII fold of a Latin-script name, for a variant without diacritics."""
    return unidecode(s)


def slug(name: str) -> str:
    """Lowercase-hyphenated ASCII id from an English name."""
    s = fold(name).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# office org names typed in the tables -> ids of shipped KB entries (institutions, groups, IGOs);
# (name, ISO3) keys where one name means different bodies in different countries
ORG_IDS = {
    ("Senate", "USA"): "us-senate",
    ("House of Representatives", "USA"): "us-house",
    ("Ministry of Defence", "RUS"): "rus-mod",
    ("Security Council", "RUS"): "rus-security-council",
    ("Labour Party", "GBR"): "uk-labour",
    ("Conservative Party", "GBR"): "uk-tories",
    ("INC", "IND"): "ind-congress-party",
    "European Commission": "eu-commission",
    "European Council": "eu-council",
    "European Parliament": "eu-parliament",
    "State Department": "us-state-dept",
    "NSC": "us-nsc",
    "ODNI": "dni",
    "Justice Department": "us-doj",
    "CENTCOM": "us-centcom",
    "Federal Reserve": "fed",
    "ISIS": "islamic-state",
    "ISIS-K": "is-k",
    "Wagner Group": "wagner",
    "Boko Haram": "boko-haram",
    "DPR": "dpr-separatists",
    "LPR": "lpr-separatists",
    "al-Nusra Front": "nusra",
    "Haqqani network": "haqqani",
    "Arakan Army": "arakan-army",
    "Muslim Brotherhood": "muslim-brotherhood",
    "Asa'ib Ahl al-Haq": "asaib",
    "MID": "rus-mfa",
    "Verkhovna Rada": "verkhovna-rada",
    "State Duma": "state-duma",
    "Federation Council": "fed-council-rus",
    "Investigative Committee": "rus-investigative-committee",
    "United Russia": "united-russia",
    "Auswärtiges Amt": "auswaertiges-amt",
    "BMI": "deu-bmi",
    "Die Grünen": "gruene",
    "Die Linke": "deu-linke",
    "BSW": "deu-bsw",
    "Foreign Office": "uk-fco",
    "Quai d'Orsay": "fra-quai",
    "LFI": "fra-lfi",
    "Shin Bet": "shin-bet",
    "Yesh Atid": "isr-yesh-atid",
    "MOIS": "vaja",
    "CMC": "chn-cmc",
    "WPK": "prk-wpk",
    "Tatmadaw": "mmr-tatmadaw",
    "BJP": "ind-bjp",
    "PTI": "pak-pti",
    "ANC": "zaf-anc",
    "Arab League": "arab-league",
    "World Bank": "worldbank",
    "Majlis": "irn-majlis",
    "Quds Force": "quds-force",
    "Qassam": "qassam",
    "Office of the President": "ukr-presidential-office",
}


# deputies, spokespeople and advisers do not head the org: it stays off their office, so that
# "head of X on date" has one answer
NOT_HEAD = re.compile(r"\b(Deputy|Spokes\w*|Advis[eo]r|Aide|Vice[- ]Chairman|Member of)\b")


def org_id(org: str | None, country: str | None, title: str = "", sector: str = "") -> str | None:
    """The KB id for an org name where the shipped KB has the body, else the name as typed."""
    if org is None or (sector != "IGO" and NOT_HEAD.search(title)):
        return None
    return ORG_IDS.get((org, country or ""), ORG_IDS.get(org, org))


OFFICE_RE = re.compile(
    r"^-\s*(?P<sec>[A-Z]{3})(?:/(?P<cc>[A-Z]{3}|-))?\s+(?P<title>.+?)(?:\s+\{(?P<org>[^}]*)\})?"
    r"\s+(?P<start>\S+)\s+(?P<end>\S+)$"
)
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse(path: Path) -> list[dict]:
    """Read one table file into person records."""
    persons: list[dict] = []
    country: str | None = None
    scheme = ""
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{n}"
        if line.startswith("@"):
            parts = line[1:].split()
            country = None if parts[0] == "-" else parts[0]
            scheme = parts[1] if len(parts) > 1 else ""
        elif line.startswith("P "):
            fields = [f.strip() for f in line[2:].split("|")]
            if len(fields) > 4:
                sys.exit(f"{where}: too many fields: {line}")
            fields += [""] * (4 - len(fields))
            name, native, variants, opts = fields[:4]
            o = dict(kv.split("=", 1) for kv in opts.split()) if opts else {}
            sch = o.get("scheme", scheme)
            nat = [x.strip() for x in native.split(";") if x.strip()]
            var = [x.strip() for x in variants.split(";") if x.strip()]
            gen: list[str] = []
            for x in nat:
                if sch in ("ru", "uk", "be") and re.search(r"[\u0400-\u04ff]", x):
                    gen += cyr_forms(x, "uk" if sch == "uk" else "ru")
            if sch == "ar":
                gen += arabic_forms(name)
            if sch == "ko" and len(name.split()) == 3:
                a, b, c = name.split()
                gen += [f"{a} {b}-{c.lower()}", f"{a} {b}{c.lower()}"]
            if sch == "ja" and len(name.split()) == 2:
                gen.append(" ".join(reversed(name.split())))
            if "sur" in o:
                short = [] if o["sur"] == "-" else o["sur"].split(";")
            else:
                short = surnames(name, sch)
                for x in var + gen:
                    if sch in ("", "ru", "uk", "be", "ar") and len(x.split()) >= 2:
                        short += surnames(x, sch)
                for x in nat:
                    if sch not in ("zh", "ja", "ko") and len(x.split()) >= 2:
                        short.append(x.split()[-1])
            allv: list[str] = []
            for x in var + gen + [fold(name)] + nat + short:
                x = x.replace("_", " ")
                if x and x != name and x not in allv:
                    allv.append(x)
            rec = {
                "id": o.get("id", slug(name)),
                "name": name.replace("_", " "),
                "variants": allv,
                "offices": [],
            }
            persons.append(rec)
        elif line.startswith("-"):
            m = OFFICE_RE.match(line)
            if not m or not persons or "{" in m["title"] or "}" in m["title"]:
                sys.exit(f"{where}: bad office line: {line}")
            sec = m["sec"]
            cc = m["cc"] if m["cc"] else (None if sec == "IGO" else country)
            if cc == "-":
                cc = None
            start = None if m["start"] == "?" else m["start"]
            end = None if m["end"] == "-" else m["end"]
            for d in (start, end):
                if d is not None and not DATE_RE.match(d):
                    sys.exit(f"{where}: bad date {d}")
            persons[-1]["offices"].append(
                {
                    "office": m["title"],
                    "country": cc,
                    "sector": sec,
                    "org": org_id(m["org"] or None, cc, m["title"], sec),
                    "start": start,
                    "end": end,
                }
            )
        else:
            sys.exit(f"{where}: cannot parse: {line}")
    return persons


def main() -> None:
    """Write one JSONL per table file and print counts."""
    OUT.mkdir(parents=True, exist_ok=True)
    seen: dict[str, str] = {}
    total = 0
    for path in sorted(SRC.glob("*.txt")):
        persons = parse(path)
        for p in persons:
            if p["id"] in seen:
                sys.exit(f"duplicate id {p['id']} in {path.name} and {seen[p['id']]}")
            seen[p["id"]] = path.name
        with open(OUT / f"{path.stem}.jsonl", "w", encoding="utf-8") as f:
            for p in persons:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        print(f"{path.stem}: {len(persons)}")
        total += len(persons)
    print(f"total: {total}")


if __name__ == "__main__":
    main()
