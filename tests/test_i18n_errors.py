"""Errors in bokmål: each cause and fix a person reads from the Tripletex client and the store,
provoked for real (the sandbox over loopback: wrong tokens, its faults; a bad import file; a
damaged store), read in Norwegian with "Løsning:" and Tripletex's own words quoted whole «…»,
and the very same failure read in English, word for word as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.errors import RabbitError
from core.i18n import set_language
from core.paths import profile_paths
from core.sandbox import Sandbox
from core.tripletex.client import TripletexClient
from core.tripletex.errors import (
    EmployeeTokenError,
    MalformedResponseError,
    NetworkError,
    PermissionDeniedError,
    RateLimitedError,
    RedirectError,
    ServerError,
    WrongEnvironmentError,
)
from tests.helpers import configure, run_cli

RENEW_NB = ("Løsning: lag en ny nøkkel i Tripletex (Bruker – Min profil – Mer – API Tilgang → Ny "
            "nøkkel → Tilpasset oppsett → Alle tilganger, appnavn rabbitsync), kjør så "
            "`rabbitsync config set employee-token -` og lim den inn")
RENEW_EN = ("Fix: make a new key in Tripletex (Bruker – Min profil – Mer – API Tilgang → Ny nøkkel → "
            "Tilpasset oppsett → Alle tilganger, appnavn rabbitsync; in English: User – My profile – "
            "More – API access → New key → Custom setup → All access), then run `rabbitsync config "
            "set employee-token -` and paste it")
# words of our English sentences that must not be left in a Norwegian one
ENGLISH = ("Fix:", "refused", "the employee token", "consumer token:", "tried", "times",
           "answered", "check the", "try again", " was ", " is ")


class NoSleep:
    """The waits the client asks for, not slept."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, s: float) -> None:
        self.waits.append(s)


@pytest.fixture
def sb():
    with Sandbox(seed=3, customers=12, projects=20, port=0) as s:
        yield s


def host(sb: Sandbox) -> str:
    return sb.base_url.split("//", 1)[1].split("/", 1)[0]


def norwegian(text: str) -> None:
    """A Norwegian sentence of ours: "Løsning:", no English of ours, never "…" quotes."""
    assert "Løsning: " in text, text
    ours = re.sub(r"«[^»]*»", "«»", text)  # (Tripletex's own words are as it wrote them)
    for word in ENGLISH:
        assert word not in ours, (word, text)
    assert '"' not in text, text  # Tripletex's words are quoted «…» in bokmål


async def failure(sb: Sandbox, consumer: str | None = None, employee: str | None = None,
                  call: str = "who_am_i", **kw) -> RabbitError:
    kw.setdefault("sleep", NoSleep())
    async with TripletexClient(sb.base_url, consumer or sb.consumer_token,
                               employee or sb.employee_token, **kw) as tx:
        with pytest.raises(RabbitError) as ei:
            await getattr(tx, call)()
    return ei.value


# ---- tokens -----------------------------------------------------------------------------------


async def test_a_wrong_employee_token_in_bokmal_and_in_english(sb):
    set_language("nb")
    exc = await failure(sb, employee="not-the-employee-token")
    assert isinstance(exc, EmployeeTokenError)
    text = exc.one_line()
    assert text.startswith(
        f"Tripletex ({host(sb)}) avviste brukernøkkelen (API-nøkkelen): den er trukket tilbake "
        "eller utløpt, skrevet feil, eller laget for en annen integrasjon eller et annet miljø "
        "(Tripletex svarte 422, kode 18000: «Validering feilet.»; arg:employeeToken: «The "
        "employee token is invalid, has expired or has been revoked.»). "), text
    assert RENEW_NB in text
    assert text.endswith(f" (Tripletex requestId: {exc.request_id})") and exc.request_id
    norwegian(text.replace(RENEW_NB, "Løsning: "))  # (the menu path is Tripletex's own)

    set_language("en")
    exc = await failure(sb, employee="not-the-employee-token")
    assert exc.one_line() == (
        f"Tripletex ({host(sb)}) refused the employee token: it has been revoked or has expired, "
        "was mistyped, or was made for another integration or environment (Tripletex 422, code "
        '18000: "Validering feilet."; arg:employeeToken: "The employee token is invalid, has '
        f'expired or has been revoked."). {RENEW_EN} (Tripletex requestId: {exc.request_id})')


async def test_a_wrong_consumer_token_in_bokmal_and_in_english(sb):
    set_language("nb")
    exc = await failure(sb, consumer="not-the-consumer-token")
    assert isinstance(exc, WrongEnvironmentError)
    text = exc.one_line()
    assert text == (
        f"Tripletex ({host(sb)}) godtar ikke applikasjonsnøkkelen (consumer token): den gjelder "
        "ikke for dette miljøet (produksjon eller test), eller den er skrevet feil (Tripletex "
        "svarte 422, kode 18000: «Validering feilet.»; arg:consumerToken: «The consumer token is "
        "invalid or does not exist.»). Løsning: bruk applikasjonsnøkkelen som er utstedt for "
        "dette miljøet, eller pek rabbitsync mot miljøet nøkkelen hører til (testnøkler begynner "
        "med `test-`; test er https://api-test.tripletex.tech/v2, produksjon "
        "https://tripletex.no/v2): kjør `rabbitsync config set base-url URL` (Tripletex "
        f"requestId: {exc.request_id})")
    norwegian(text)

    set_language("en")
    exc = await failure(sb, consumer="not-the-consumer-token")
    assert exc.one_line() == (
        f"Tripletex ({host(sb)}) does not accept the consumer token: the consumer token is not "
        "valid for this environment (production vs test), or it was mistyped (Tripletex 422, "
        'code 18000: "Validering feilet."; arg:consumerToken: "The consumer token is invalid or '
        'does not exist."). Fix: use the consumer token issued for this environment, or point '
        "rabbitsync at the environment the token belongs to (test tokens start with `test-`; "
        "test is https://api-test.tripletex.tech/v2, production https://tripletex.no/v2): run "
        f"`rabbitsync config set base-url URL` (Tripletex requestId: {exc.request_id})")


async def test_a_token_without_access_to_projects_names_what_it_may_not_do(sb):
    sb.admin.set_token(project_access=False)
    set_language("nb")
    exc = await failure(sb, call="list_projects")
    assert isinstance(exc, PermissionDeniedError)
    text = exc.one_line()
    assert text.startswith(
        "brukernøkkelen har ikke lov til å se etter endringer i prosjekter (Tripletex svarte 403, "
        "kode 9000: «Du har ikke tilgang til denne funksjonen.»; «The employee token has no "
        "access to projects (the token's entitlements or the user's own access).»). Løsning: gi "
        "brukernøkkelen tilgang til kunder og prosjekter i Tripletex"), text
    norwegian(text)
    set_language("en")
    assert (await failure(sb, call="list_projects")).one_line().startswith(
        "the employee token may not check projects for changes (Tripletex 403, code 9000: "
        '"Du har ikke tilgang til denne funksjonen."; "The employee token has no access to '
        "projects (the token's entitlements or the user's own access).\"). Fix: give the "
        "employee token access to customers and projects in Tripletex (the token's "
        "entitlements, and the user's own access), or create a token that has them")


# ---- the sandbox's faults ---------------------------------------------------------------------

FAULTS = [
    ("429@/customer:times=0", RateLimitedError,
     "Tripletex svarte 429 Too Many Requests hver gang (4 forsøk); forespørselsgrensen gjelder per "
     "brukernøkkel og integrasjon. Løsning: vent et minutt og prøv igjen; stopp andre programmer "
     "som bruker samme brukernøkkel samtidig",
     "Tripletex kept answering 429 Too Many Requests (4 tries); the limit is per employee token "
     "and integration. Fix: wait a minute and try again; stop other programs that use the same "
     "employee token at the same time"),
    ("500@/customer:times=0", ServerError,
     "Tripletex svarte 500 (en serverfeil) 4 ganger på rad på GET /customer. Løsning: Tripletex "
     "kan ha problemer: prøv igjen om noen minutter; meld fra med requestId hvis det fortsetter",
     "Tripletex answered 500 (a server error) 4 times in a row to GET /customer. Fix: Tripletex "
     "may be having trouble: try again in a few minutes; if it persists, report it with the "
     "requestId"),
    ("drop@/customer:times=0", NetworkError,
     "tilkoblingen til {hostname} ble lukket før svaret var komplett (prøvd 4 ganger). Løsning: sjekk "
     "nettverkstilkoblingen, VPN eller proxy, og API-adressen (`rabbitsync config show`); prøv så "
     "igjen",
     "the connection to {hostname} was closed without a complete answer (tried 4 times). Fix: check "
     "the network connection, VPN or proxy, and the base URL (`rabbitsync config show`); then "
     "try again"),
    ("malformed@/customer:times=0", MalformedResponseError,
     "Tripletex svarte på GET /customer med innhold som ikke er gyldig JSON i Tripletex' format, "
     "4 ganger. Løsning: prøv igjen; hvis det fortsetter, kan en proxy endre svarene, eller "
     "API-adressen (base-url) peker kanskje ikke til Tripletex' API (den slutter på /v2)",
     "Tripletex answered GET /customer with a body that is not valid JSON in Tripletex's format, "
     "4 times. Fix: try again; if it persists, a proxy may be altering the answers or the base "
     "URL may not point at Tripletex's API (it ends in /v2)"),
    ("redirect@/customer:times=0", RedirectError,
     "{base} videresender GET /customer til https://{host}/v2/customer (HTTP 301); rabbitsync "
     "følger ikke videresendinger, slik at nøklene bare går til API-adressen (base-url). "
     "Løsning: hvis det er Tripletex' API, kjør `rabbitsync config set base-url https://…/v2`",
     "{base} redirects GET /customer to https://{host}/v2/customer (HTTP 301); rabbitsync does "
     "not follow redirects, so that the tokens go only to the base URL. Fix: if that is "
     "Tripletex's API, run `rabbitsync config set base-url https://…/v2`; otherwise check that "
     "the base URL names the right environment (https://tripletex.no/v2 or "
     "https://api-test.tripletex.tech/v2) and that no proxy redirects it"),
]


@pytest.mark.parametrize("spec,error,nb,en", FAULTS, ids=[f[0].split("@")[0] for f in FAULTS])
async def test_a_fault_that_outlasts_every_retry_in_bokmal_and_in_english(sb, spec, error, nb, en):
    sb.admin.set_faults(spec)
    fields = {"host": host(sb), "hostname": "127.0.0.1", "base": sb.base_url}
    got = {}
    for lang in ("nb", "en"):
        set_language(lang)
        exc = await failure(sb, call="list_customers", max_retries=3)
        assert isinstance(exc, error)
        got[lang] = re.sub(r" \(Tripletex requestId: [^)]*\)$", "", exc.one_line())
    assert got["nb"].startswith(nb.format(**fields)), got["nb"]
    norwegian(got["nb"])
    assert got["en"] == en.format(**fields)  # English, word for word as before


async def test_a_timeout_counts_its_seconds_as_bokmal_writes_them(sb):
    sb.admin.set_faults("slow@/customer:seconds=1.5:times=0")
    set_language("nb")
    exc = await failure(sb, call="list_customers", timeout=0.4, max_retries=1)
    assert isinstance(exc, NetworkError)
    assert exc.one_line().startswith(
        "Tripletex på 127.0.0.1 svarte ikke innen 0,4 s (prøvd 2 ganger). Løsning: sjekk "
        "nettverkstilkoblingen"), exc.one_line()
    set_language("en")
    exc = await failure(sb, call="list_customers", timeout=0.4, max_retries=1)
    assert exc.one_line().startswith(
        "Tripletex at 127.0.0.1 did not answer within 0.4 s (tried 2 times). Fix: check the "
        "network connection")


# ---- the CLI: the connection check, an import file, a damaged store ---------------------------


def test_the_connection_check_tells_a_person_in_bokmal_and_its_json_stays_english(sb, capsys):
    configure(sb)
    assert run_cli(capsys, "config", "set", "employee-token", "not-the-employee-token")[0] == 0
    code, out, err = run_cli(capsys, "--lang", "nb", "test")
    assert code == 1
    assert f"rabbitsync: Tripletex ({host(sb)}) avviste brukernøkkelen (API-nøkkelen)" in err
    assert "«The employee token is invalid, has expired or has been revoked.»" in err
    assert RENEW_NB in err and "Fix:" not in err
    code, out, err = run_cli(capsys, "--lang", "nb", "test", "--json")
    assert code == 1
    assert f"Tripletex ({host(sb)}) refused the employee token" in out
    assert '\\"The employee token is invalid, has expired or has been revoked.\\"' in out
    assert "Fix: make a new key in Tripletex" in out and "Løsning" not in out


def test_a_missing_setting_in_the_connection_check(capsys):
    code, out, err = run_cli(capsys, "--lang", "nb", "test")
    assert code == 1
    assert err == ("rabbitsync: ikke satt opp: consumer-token, employee-token mangler. Løsning: "
                   "kjør `rabbitsync config set consumer-token …`\n")
    code, out, err = run_cli(capsys, "test")
    assert err == ("rabbitsync: not configured: consumer-token, employee-token missing. Fix: run "
                   "`rabbitsync config set consumer-token …`\n")


@pytest.mark.parametrize("name,content,nb,en", [
    ("twice.json", '{"customers": [\n {"key": "c-1", "name": "A"},\n {"key": "c-1", "name": "B"}\n]}',
     "importfilen {path} ble avvist, linje 3: kunden med key c-1 står der to ganger (første gang "
     "på linje 2); key må være unik; ingenting ble importert. Løsning: rett filen og importer den "
     "på nytt",
     "import file {path} refused, line 3: customer key c-1 appears twice (first on line 2); keys "
     "must be unique; nothing was imported. Fix: correct the file and import it again"),
    ("row.csv", "kind,key,name\ncustomer,c-1,Ås AS,x\n",
     "importfilen {path} ble avvist, linje 2: raden har 4 verdier, men overskriftslinjen har 3 "
     "kolonner (en verdi med ',' må stå i anførselstegn); ingenting ble importert. Løsning: rett "
     "filen og importer den på nytt",
     "import file {path} refused, line 2: the row has 4 values but the header 3 columns (a value "
     "with a ',' needs quotes); nothing was imported. Fix: correct the file and import it again"),
    ("header.csv", "kind,key\ncustomer,c-1\n",
     "importfilen {path} ble avvist, linje 1: overskriftslinjen mangler kolonnen name; ingenting "
     "ble importert. Løsning: første linje må være kind,key,name,number,organization_number,"
     "customer_key,parent_key",
     "import file {path} refused, line 1: the header lacks the column name; nothing was "
     "imported. Fix: the first line must be kind,key,name,number,organization_number,"
     "customer_key,parent_key"),
    ("cut.json", '{"customers": [\n {"key": "c-1", "name": ',
     "importfilen {path} ble avvist, linje 2: den er ikke gyldig JSON, kanskje avkortet "
     "(forventet en verdi: linje 2 kolonne 25); ingenting ble importert. Løsning: rett filen og "
     "importer den på nytt",
     "import file {path} refused, line 2: it is not valid JSON, perhaps cut short (Expecting "
     "value: line 2 column 25); nothing was imported. Fix: correct the file and import it again"),
    ("latin1.csv", "kind,key,name\ncustomer,c-1,Bjørn AS\n".encode("latin-1"),
     "importfilen {path} ble avvist, linje 2: den er ikke UTF-8-tekst (byte 0xF8; kanskje "
     "Latin-1 eller Windows-1252); ingenting ble importert. Løsning: lagre den som UTF-8 (i "
     "Excel: Lagre som > CSV UTF-8 (kommadelt)) og importer den på nytt",
     "import file {path} refused, line 2: it is not UTF-8 text (byte 0xF8; perhaps Latin-1 or "
     "Windows-1252); nothing was imported. Fix: save it as UTF-8 (in Excel: Save As > CSV "
     "UTF-8) and import it again"),
])
def test_a_bad_import_file_names_its_line_and_fix(capsys, tmp_path, name, content, nb, en):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    code, out, err = run_cli(capsys, "--lang", "nb", "import", str(path))
    assert code == 2 and out == ""
    assert err == f"rabbitsync: {nb.format(path=path)}\n"
    code, out, err = run_cli(capsys, "import", str(path))
    assert code == 2
    assert err == f"rabbitsync: {en.format(path=path)}\n"


def test_a_damaged_store_says_so_in_bokmal(capsys, tmp_path):
    store = Path(profile_paths("default").store_file)
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text('{"meta": {"1": {"schema_version": 1}}, "customers": {"1": ', encoding="utf-8")
    code, out, err = run_cli(capsys, "--lang", "nb", "review")
    assert code == 1
    assert err.startswith(f"rabbitsync: registerfilen {store} kan ikke leses: den er ikke gyldig "
                          "JSON, kanskje avkortet ("), err
    assert "; den ble latt være som den er. Løsning: det finnes ingen sikkerhetskopi" in err
    code, out, err = run_cli(capsys, "review")
    assert err.startswith(f"rabbitsync: the store file {store} cannot be read: it is not valid "
                          "JSON, perhaps cut short (")
    assert "; it was left as it is. Fix: there is no backup" in err


# ---- Tripletex's own words: whole, never cut mid-sentence ------------------------------------


def test_tripletexs_long_words_end_at_a_whole_sentence_in_both_languages():
    from core.tripletex.classify import ApiError

    long = " ".join(f"Sentence {n} says what went wrong in some detail." for n in range(30))
    err = ApiError(422, 18000, long, None, "rid-9", [], [], [])
    for lang, quote in (("nb", "«"), ("en", '"')):
        set_language(lang)
        said = err.said()
        body = said.split(quote, 1)[1]
        assert body.endswith((". […]»", '. […]"')), said
        assert "Sentence 0 says what went wrong in some detail." in body
        assert len(body) < 620
    set_language("nb")
    assert err.said().startswith("Tripletex svarte 422, kode 18000: «Sentence 0 says")


def test_a_listing_warning_is_kept_in_english_and_told_in_bokmal():
    from core.i18n import retell
    from core.tripletex.listing import UNDATED_MISSING, WARNINGS
    from core.tripletex.parts import Part

    kept = UNDATED_MISSING.format(part=Part(False).describe())
    assert kept.startswith("too many open projects for one query (Tripletex's result cap)")
    set_language("nb")
    assert Part(False).describe() == "open projects"  # what is kept does not change
    assert retell(kept, WARNINGS).startswith(
        "for mange åpne prosjekter for én spørring (Tripletex' resultatgrense): hentet i "
        "intervaller etter startdato")
