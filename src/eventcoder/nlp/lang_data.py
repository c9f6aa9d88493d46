"""Language data for tokenization and sentence rules, kept apart from the algorithms."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A whitespace-separated word list as a set."""
    return frozenset(text.split())


# Abbreviations that end in a period but never end a sentence on their own.
# spaCy's tokenizer exceptions already keep most of them as one token; this list decides
# sentence boundaries and adds the ones spaCy splits.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "de": _words("""
        z.B. z.b. u.a. d.h. bzw. ca. etc. usw. vgl. ggf. evtl. inkl. bzw. sog. v.a. u.ä. o.ä.
        Dr. Prof. Hr. Fr. Nr. St. Abs. Art. Str. Mio. Mrd. Tsd. Jh. Jhd. gem. geb. gest.
        Jan. Feb. Mär. Mrz. Apr. Jun. Jul. Aug. Sep. Sept. Okt. Nov. Dez.
        U.S. U.S.A. USA. E.U. U.N. Mr. Mrs. Ms. Gen. Sen. Rep. Gov. Lt. Col. Sgt. Capt.
        a.D. i.A. i.V. v.Chr. n.Chr. o.g. s.o. s.u. u.U. z.T. z.Zt. Min. Kap. Bd.
    """),
    "en": _words("""
        Mr. Mrs. Ms. Dr. Prof. Gen. Sen. Rep. Gov. Lt. Col. Sgt. Capt. Cmdr. Adm. Maj. Rev. St.
        Jr. Sr. Inc. Corp. Ltd. Co. No. vs. etc. e.g. i.e. approx. Dept. Univ. Pres.
        Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
        U.S. U.S.A. U.K. U.N. E.U. D.C. a.m. p.m. A.M. P.M.
    """),
}

# Month names: an ordinal number before one of these is a date, never a sentence end.
MONTHS: dict[str, frozenset[str]] = {
    "de": _words("""
        Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November
        Dezember Jan. Feb. Mär. Mrz. Apr. Jun. Jul. Aug. Sep. Sept. Okt. Nov. Dez.
    """),
    "en": _words("""
        January February March April May June July August September October November December
    """),
}

# Closed-class words that start sentences but never follow a German ordinal ("12. Der ...").
SENTENCE_STARTERS: dict[str, frozenset[str]] = {
    "de": _words("""
        Der Die Das Den Dem Des Ein Eine Einen Einem Einer Er Sie Es Wir Ihr Ich Man Dies Diese
        Dieser Dieses Damit Dabei Danach Dann Darauf Daher Deshalb Doch Aber Auch Und Oder Denn
        So Wie Wenn Als Ob Nach Vor Bei Mit Seit Laut Zudem Außerdem Allerdings Jedoch Trotzdem
        Im Am In An Auf Aus Für Von Zu Zum Zur Unter Über Während Gegen Ohne Um Bis Noch Nun
        Inzwischen Zuvor Später Heute Gestern Morgen Jetzt Hier Dort Dazu Davor Demnach Zunächst
        Zuletzt Insgesamt Bereits Schon Nicht Kein Keine Alle Viele Mehrere Einige Beide Was Wer
        Wo Warum Weshalb Welche Welcher Welches
    """),
    "en": _words("""
        The A An He She It They We I You This That These Those There But And Or So Yet In On At
        After Before When While If As His Her Their Its Our My Meanwhile However Also Still Then
        Now Later Earlier Since Although Though Despite Some Many Most All Both Neither None No
    """),
}

# Abbreviations that may also end a sentence: they do when a sentence starter follows
# ("... in the U.S. The talks ...", "... Äpfel usw. Dann ...").
FINAL_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "de": _words("usw. etc. u.a. v.Chr. n.Chr. USA. Mio. Mrd. Tsd."),
    "en": _words("U.S. U.K. D.C. Inc. Corp. Ltd. Co. Jr. Sr. etc. a.m. p.m. A.M. P.M."),
}

# Tokens after which a sentence ends.
TERMINALS = frozenset({".", "!", "?", "…", "...", "!?", "?!", "..", "!!", "??"})
# Emoticons end a sentence in web text the way a period does.
EMOTICONS = _words(":) :-) ;) ;-) :( :-( :D :-D")
# Closing quotes and brackets that belong to the sentence they follow ("“" closes in German,
# opens in English).
CLOSERS: dict[str, frozenset[str]] = {
    "de": frozenset({'"', "'", "''", "“", "”", "‘", "’", "«", "»", "‹", "›", ")", "]", "}"}),
    "en": frozenset({'"', "'", "''", "”", "’", ")", "]", "}"}),
}

# OntoNotes entity labels (spaCy's English models) to the PER/ORG/LOC set of our German model.
# Unlisted labels (NORP, DATE, MONEY, ...) leave doc.ents but stay in doc.spans["ents_all"].
ONTONOTES_TO_UNER: dict[str, str] = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
}
