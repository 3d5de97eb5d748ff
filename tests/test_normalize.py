"""Text hygiene (`clean_text`) and the normal forms matching compares: names, org numbers,
customer and project numbers."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.matching.normalize import NormName, fold, normalize_name, normalize_number, normalize_org
from core.text import MAX_TEXT, clean_text
from tests.helpers import org

# ---- clean_text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\x1b[31mRød\x1b[0m Bygg AS", "Rød Bygg AS"),  # CSI colour
        ("\x1b[2J\x1b[HWiped", "Wiped"),  # clear screen, cursor home
        ("\x1b]0;evil title\x07Fjordkraft", "Fjordkraft"),  # OSC ended by BEL
        ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink ended by ST
        ("\x9b31mC1 CSI", "C1 CSI"),  # 8-bit CSI
        ("Bell\x07 and NUL\x00 and DEL\x7f", "Bell and NUL and DEL"),
        ("C1\x85next\x9c", "C1 next"),  # NEL is a line break, ST alone is dropped
        ("abc\u202eevil\u202c\u2066x\u2069", "abcevilx"),  # bidi overrides and isolates
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("  Hansen \t Bygg\r\n AS  ", "Hansen Bygg AS"),
        ("Tromsø\u00a0Taktekking", "Tromsø Taktekking"),  # no-break space is a space
        ("lone ESC at the end\x1b", "lone ESC at the end"),
        ("ESC c resets: \x1bcgone", "ESC c resets: gone"),
        ("Tromso\u0308", "Tromsö"),  # NFC
        ("👩\u200d💻 Studio", "👩\u200d💻 Studio"),  # the zero-width joiner of emoji stays
        ("Bergen Rørleggerservice AS", "Bergen Rørleggerservice AS"),
    ],
)
def test_clean_text_removes_escapes_and_controls(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_clean_text_none_empty_and_length() -> None:
    assert clean_text(None) == ""
    assert clean_text("   ") == ""
    assert clean_text("\x1b[0m") == ""
    assert len(clean_text("x" * 10_000)) == MAX_TEXT
    assert clean_text("ab " * 300, max_len=10) == "ab ab ab a"
    assert clean_text("a" * 9 + " b", max_len=10) == "a" * 9  # no trailing space after the cut


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs") or (
        unicodedata.category(ch) == "Cf" and ch != "\u200d"
    )


_TERMINAL_NOISE = st.sampled_from(
    ["\x1b", "\x1b[", "\x1b]", "\x9b", "\x07", "\x00", "\x7f", "\x85", "\u202e", "\t", "\n",
     "[31m", "0;t", "\\", "\u200d", "\u0301", "  "]
)
_MESSY = st.lists(st.one_of(st.text(max_size=8), _TERMINAL_NOISE), max_size=30).map("".join)


@given(_MESSY)
def test_clean_text_never_returns_control_characters(s: str) -> None:
    out = clean_text(s)
    assert "\x1b" not in out
    assert not any(_unsafe(ch) for ch in out)
    assert out == out.strip() and "  " not in out
    assert all(ch == " " or not ch.isspace() for ch in out)
    assert len(out) <= MAX_TEXT


@given(_MESSY)
def test_clean_text_is_idempotent(s: str) -> None:
    assert clean_text(clean_text(s)) == clean_text(s)


# ---- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variants",
    [
        ["Tromsø Taktekking ANS", "Tromso Taktekking ANS", "TROMSOE taktekking a.n.s.",
         "Tromsö Taktekking ANS"],
        ["Bæreia Bygg", "Baereia Bygg", "Bäreia Bygg"],
        ["Håland Elektro AS", "Haaland Elektro AS", "Haland Elektro AS", "Hååland Elektro AS"],
        ["Hansen & Sønn AS", "Hansen og Sønn AS", "Hansen and Sønn AS", "Hansen + Sønn AS",
         "hansen  &  sonn as"],
        ["Nettside – design", "Nettside design", "NETTSIDE: Design!", "nettside_design"],
        ["Café Ümlaut", "Cafe Umlaut", "CAFÉ ÜMLAUT"],
        ["Hansen Bygg AS", "Hansen Bygg A/S", "Hansen Bygg A.S.", "Hansen-Bygg AS",
         "Hansen Bygg Aksjeselskap", "A/S Hansen Bygg", "AS Hansen Bygg"],
        ["O'Brien Consulting Ltd", "OBrien Consulting Limited", "O’Brien Consulting LTD."],
    ],
)
def test_spelling_variants_normalise_equal(variants: list[str]) -> None:
    forms = {normalize_name(v) for v in variants}
    assert len(forms) == 1, forms


@pytest.mark.parametrize(
    ("name", "base", "form"),
    [
        ("Hansen Bygg AS", "hansen bygg", "as"),
        ("Hansen Bygg ASA", "hansen bygg", "asa"),
        ("Hansen Bygg A.S.A.", "hansen bygg", "asa"),
        ("Fjellet DA", "fjellet", "da"),
        ("Ola Nordmann ENK", "ola nordmann", "enk"),
        ("Bondelaget SA", "bondelaget", "sa"),
        ("Borettslaget BA", "borettslaget", "ba"),
        ("Svensk Filial NUF", "svensk filial", "nuf"),
        ("Skipsreiet KS", "skipsreiet", "ks"),
        ("Volvo AB", "volvo", "ab"),
        ("AB Volvo", "volvo", "ab"),
        ("Acme Ltd", "acme", "ltd"),
        # a foreign company's branch: its own legal form goes with the branch's
        ("Müller Haustechnik GmbH Norsk filial", "muller haustechnik", "nuf"),
        ("Harbour Subsea Ltd Norwegian Branch", "harbour subsea", "nuf"),
        ("Lindqvist Bygg AB NUF", "lindqvist bygg", "nuf"),
        ("Kowalski Budownictwo Sp. z o.o.", "kowalski budownictwo", "spzoo"),
        ("Baltic Steel Montage UAB", "baltic steel montage", "uab"),
        ("Tallinna Ehitus OÜ", "tallinna ehitus", "ou"),
        ("Helse Bergen HF", "helse bergen", "hf"),
        ("Bane NOR SF", "bane nor", "sf"),
        ("Fjordkraft", "fjordkraft", None),
        ("AS", "as", None),  # nothing but a legal form: that is the name
        ("Da Vinci Design", "da vinci design", None),  # DA is a legal form only at the end
        ("Bygg AS ASA", "bygg as", "asa"),  # one legal form is taken off, the last
        # a place or a surname spelt like a legal form once "å"/"aa" is "a" is no legal form
        ("Kjell Aas", "kjell aas", None),
        ("Kjell Ås", "kjell aas", None),
        ("Ås Bygg", "aas bygg", None),
        ("Ås Bygg AS", "aas bygg", "as"),
        ("Håkon Aasa Transport", "hakon aasa transport", None),
        ("", "", None),
        ("—", "", None),
    ],
)
def test_legal_form_is_a_separate_signal(name: str, base: str, form: str | None) -> None:
    assert normalize_name(name) == NormName(base, form)


def test_aas_is_as_in_a_compound_and_never_as_in_a_legal_form() -> None:
    assert normalize_name("Aas Maling Service").compact == normalize_name("Aasmaling Service").compact
    assert normalize_name("Kjell Aas") != normalize_name("Kjell AS")
    assert normalize_name("Haaland Bygg") == normalize_name("Håland Bygg")


def test_legal_forms_and_spacing_still_tell_names_apart() -> None:
    assert normalize_name("Hansen Bygg AS") != normalize_name("Hansen Bygg ASA")
    assert normalize_name("Hansen Bygg AS").base == normalize_name("Hansen Bygg ASA").base
    a, b = normalize_name("Bergen Rørleggerservice AS"), normalize_name("Bergen Rorlegger Service")
    assert a.base != b.base and a.compact == b.compact
    assert normalize_name("Nordic Consulting AS").base != normalize_name("Nordic Consulting Group AS").base


_NAME_CHARS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzæøåäöéü0123456789ABCÆØÅÉ &"))
_NAMES = st.text(_NAME_CHARS, max_size=30) | st.sampled_from(
    ["Hansen Bygg AS", "A/S Norsk Stål", "Tromsø Taktekking A.N.S.", "as as", "A S A", "oee aaa"]
)


@given(st.text(max_size=40) | _NAMES)
def test_name_normalisation_is_idempotent(name: str) -> None:
    n = normalize_name(name)
    assert normalize_name(str(n)) == n
    assert fold(n.base) == n.base


@given(_NAMES)
def test_name_normalisation_ignores_case(name: str) -> None:
    assert normalize_name(name.upper()) == normalize_name(name) == normalize_name(name.lower())


@given(st.lists(st.text(st.sampled_from(list("abcdefghijklmnoprstuvyæøå")), min_size=1, max_size=8),
                min_size=1, max_size=5),
       st.lists(st.sampled_from([" ", "  ", "\t", "-", ", ", ".", " / ", "(", ") ", "–", ":"]),
                min_size=5, max_size=5))
def test_name_normalisation_ignores_whitespace_and_punctuation(words: list[str], seps: list[str]) -> None:
    plain = " ".join(words)
    fancy = seps[0] + "".join(w + seps[(i + 1) % 5] for i, w in enumerate(words))
    assert normalize_name(fancy) == normalize_name(plain)


# ---- org numbers and numbers ------------------------------------------------------------

VALID = org("98765432")


@pytest.mark.parametrize(
    "raw",
    [VALID, f"NO {VALID} MVA", f"NO{VALID}MVA", f"no {VALID} mva",
     f"{VALID[:3]} {VALID[3:6]} {VALID[6:]}", f"{VALID[:3]}.{VALID[3:6]}.{VALID[6:]}",
     f" {VALID} ", int(VALID)],
)
def test_org_number_forms(raw: str | int) -> None:
    assert normalize_org(raw) == VALID


def test_org_number_refusals() -> None:
    wrong_check = VALID[:8] + str((int(VALID[8]) + 1) % 10)
    assert normalize_org(wrong_check) is None
    assert normalize_org(VALID[:8]) is None and normalize_org(VALID + "0") is None
    assert normalize_org("ABCDEFGHI") is None and normalize_org("") is None
    assert normalize_org(None) is None and normalize_org(True) is None
    # remainder 1 gives check digit 10: no 9th digit makes such a number valid
    base = next(f"{n:08d}" for n in range(10_000_000, 10_001_000)
                if sum(int(d) * w for d, w in zip(f"{n:08d}", (3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11 == 1)
    assert all(normalize_org(base + str(d)) is None for d in range(10))


@given(st.integers(min_value=0, max_value=99_999_999))
def test_generated_org_numbers_are_valid(n: int) -> None:
    valid = org(f"{n:08d}") if n < 99_999_990 else VALID
    assert normalize_org(valid) == valid
    assert normalize_org(f"NO {valid} MVA") == valid


@pytest.mark.parametrize(
    ("raw", "norm"),
    [("1001", "1001"), (" 0042 ", "42"), (42, "42"), ("000", "0"), ("2024-01", "2024-01"),
     ("2024-1", "2024-1"), ("K 17", "k17"), ("INT-1", "int-1"), ("", None), ("   ", None),
     (None, None)],
)
def test_number_normalisation(raw: str | int | None, norm: str | None) -> None:
    assert normalize_number(raw) == norm
