"""How two names' words pair (`pair_words`), best first, for core.matching.resemble: the same
words; a compound written apart or together on one side ("Byggservice" / "Bygg Service", and
the other way round: "Takvedlikehold" / "Vedlikehold tak"); two initials written together
("A.L." / "Anne-Lise"); an acronym that spells several words ("OUS" / "Oslo
universitetssykehus"); then each word left with each, by core.matching.wordpair.token_sim.
"""

from __future__ import annotations

from core.matching.wordpair import MAX_SPELT, acronym_like, spells, token_sim

# one pairing: the words of each name it takes, how alike they are (0-1), and how they relate
# ("same", "compound", "typo", ... : core.matching.explain says each in words)
Pair = tuple[tuple[int, ...], tuple[int, ...], float, str]


def pair_words(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[list[Pair], list[int], list[int]]:
    """The words of `a` and `b` paired, best first: (pairs, unpaired of a, unpaired of b)."""
    pairs: list[Pair] = []
    left_b = list(range(len(b)))
    left_a = []
    for i, x in enumerate(a):  # the same words
        if x in b:
            for j in left_b:
                if b[j] == x:
                    pairs.append(((i,), (j,), 1.0, "same"))
                    left_b.remove(j)
                    break
            else:
                left_a.append(i)
        else:
            left_a.append(i)
    if not (left_a and left_b):
        return pairs, left_a, left_b
    # compounds written apart on one side: "byggservice" = "bygg" + "service" (each way asked
    # only when a word of that side begins or ends one of the other's)
    joined_a, joined_b = _begins(a, b, left_a, left_b)
    if joined_a:
        for i, span in _compounds(a, b, left_a, left_b):
            pairs.append(((i,), span, 1.0, "compound"))
    if joined_b:
        for j, span in _compounds(b, a, left_b, left_a):
            pairs.append((span, (j,), 1.0, "compound"))
    # a place name contracted to its first and last letters ("Fr.stad" / "Fredrikstad",
    # "Kr.sand" / "Kristiansand": words_of makes it "fr", "stad")
    # (only beside a place name's ending: most names have none, asked first as it costs less)
    if len(left_b) >= 2 and not _PLACE_ENDS.isdisjoint(b):
        for i, span in _contracted(a, b, left_a, left_b):
            pairs.append(((i,), span, 0.8, "contraction"))
    if len(left_a) >= 2 and not _PLACE_ENDS.isdisjoint(a):
        for j, span in _contracted(b, a, left_b, left_a):
            pairs.append((span, (j,), 0.8, "contraction"))
    # two initials written together: "A.L." (words_of makes it "al") / "Anne-Lise"
    if left_a and len(left_b) >= 2 and 2 in [len(a[i]) for i in left_a]:
        for i, span in _joined_initials(a, b, left_a, left_b):
            pairs.append(((i,), span, 0.75, "initials"))
    if left_b and len(left_a) >= 2 and 2 in [len(b[j]) for j in left_b]:
        for j, span in _joined_initials(b, a, left_b, left_a):
            pairs.append((span, (j,), 0.75, "initials"))
    # a name of one word that spells the initials of several (an agency's, a company's
    # acronym): "OUS" / "Oslo universitetssykehus", "DiBK" / "Direktoratet for byggkvalitet";
    # or the one word left of a name, all the words left of the other ("EBE Bergen kommune" /
    # "Bergen kommune Etat for bygg og eiendom")
    if (len(left_b) >= 2 and len(left_a) == 1 and acronym_like(a[left_a[0]])
            and (len(a) == 1 or len(left_b) <= MAX_SPELT)):
        for i, span in _spelt(a, b, left_a, left_b, whole=len(a) > 1):
            pairs.append(((i,), span, _acronym_sim(a[i], [b[j] for j in span]), "acronym"))
    if (len(left_a) >= 2 and len(left_b) == 1 and acronym_like(b[left_b[0]])
            and (len(b) == 1 or len(left_a) <= MAX_SPELT)):
        for j, span in _spelt(b, a, left_b, left_a, whole=len(b) > 1):
            pairs.append((span, (j,), _acronym_sim(b[j], [a[i] for i in span]), "acronym"))
    # the rest: shortened words, typos, years, best pair first
    if left_a and left_b:
        scored = []
        for i in left_a:
            for j in left_b:
                sim, rel = token_sim(a[i], b[j])
                if sim > 0:
                    scored.append((-sim, i, j, rel))  # (sorted as it is: best, then in order)
        if scored:
            scored.sort()  # (i and j tell any two apart: never by `rel`)
            for neg, i, j, rel in scored:
                if i in left_a and j in left_b:
                    pairs.append(((i,), (j,), -neg, rel))
                    left_a.remove(i)
                    left_b.remove(j)
    return pairs, left_a, left_b


# the endings of the place names people write contracted ("Fr.stad", "Kr.sand", "Tr.heim",
# "Kr.sund", "Sandnessj.")
_PLACE_ENDS = frozenset(("stad", "sand", "heim", "sund", "vik", "dal", "fjord", "berg", "havn",
                         "strand", "by", "nes", "oy", "vag", "ness"))


def _contracted(a: tuple[str, ...], b: tuple[str, ...], left_a: list[int], left_b: list[int]
                ) -> list[tuple[int, tuple[int, int]]]:
    """Words of `a` that two adjacent words of `b` contract, as place names are: the first of
    two or three letters begins it, the second is a place name's ending (`_PLACE_ENDS`) and ends
    it, two letters or more left out between ("fredrikstad" / "fr" "stad"; not a person's
    initial: "Jan E Lund" is no "Jan Ekelund"); the words paired are taken out of what is left."""
    out = []
    for i in list(left_a):
        w = a[i]
        if len(w) < 7 or not w.isalpha():
            continue
        for k in range(len(b) - 1):
            x, y = b[k], b[k + 1]
            if (k in left_b and k + 1 in left_b and 2 <= len(x) <= 3 and y in _PLACE_ENDS
                    and x.isalpha() and len(w) >= len(x) + len(y) + 2
                    and w.startswith(x) and w.endswith(y)):
                _take_two(out, i, k, left_a, left_b)
                break
    return out


def _acronym_sim(x: str, words: list[str]) -> float:
    """How alike an acronym and the words it spells are: less when it spells a letter of the
    name or a health trust's form after them ("OSU": "Oslo S Utvikling", "SSHF": "Sørlandet
    sykehus"), which a person's initials in a name spell as easily ("JMN": "Jon M Nygård"): a
    question, not accept-all's."""
    if any(len(w) == 1 for w in words) or x.endswith("hf") and words[-1] != "hf":
        return 0.7
    return 0.8


def _joined_initials(a: tuple[str, ...], b: tuple[str, ...], left_a: list[int],
                     left_b: list[int]) -> list[tuple[int, tuple[int, int]]]:
    """Two-letter words of `a` that are the initials of two adjacent words of `b` ("al" /
    "anne lise"); the words paired are taken out of `left_a` and `left_b`."""
    out = []
    for i in list(left_a):
        x = a[i]
        if len(x) != 2 or not x.isalpha():
            continue
        for k in range(len(b) - 1):
            y, z = b[k], b[k + 1]
            if (y[0] == x[0] and z[0] == x[1] and k in left_b and k + 1 in left_b
                    and len(y) > 2 and len(z) > 2 and y.isalpha() and z.isalpha()):
                _take_two(out, i, k, left_a, left_b)
                break
    return out


def _spelt(a: tuple[str, ...], b: tuple[str, ...], left_a: list[int], left_b: list[int],
           *, whole: bool = False) -> list[tuple[int, tuple[int, ...]]]:
    """Acronyms of `a` (`acronym_like`) that spell two or more adjacent words of `b`
    (`spells`), the most words first (`whole`: only all the words left of `b`); the words paired
    are taken out of `left_a` and `left_b`."""
    out = []
    for i in list(left_a):
        x = a[i]
        if not acronym_like(x):
            continue
        for m in ((len(left_b),) if whole else range(min(len(x), MAX_SPELT), 1, -1)):
            for k in range(len(b) - m + 1):
                if b[k][0] != x[0]:
                    continue
                span = tuple(range(k, k + m))
                if all(j in left_b for j in span) and spells(x, [b[j] for j in span],
                                                              prefix=not whole):
                    out.append((i, span))
                    left_a.remove(i)
                    for j in span:
                        left_b.remove(j)
                    break
            else:
                continue
            break
    return out


def _take_two(out: list[tuple[int, tuple[int, int]]], i: int, k: int, left_a: list[int],
              left_b: list[int]) -> None:
    """Word `i` of one name paired with words `k` and `k + 1` of the other: noted in `out`,
    taken out of what is left."""
    out.append((i, (k, k + 1)))
    left_a.remove(i)
    left_b.remove(k)
    left_b.remove(k + 1)


def _begins(a: tuple[str, ...], b: tuple[str, ...], left_a: list[int], left_b: list[int]
            ) -> tuple[bool, bool]:
    """Whether a word of `a` left unpaired begins or ends with one of `b` left unpaired (only
    then may it be words of `b` written together: `_compounds(a, b, ...)` finds none
    otherwise, nor once words are paired), and whether one of `b`'s does with one of `a`'s."""
    ends = len(left_a) > 1 or len(left_b) > 1  # (two words the other way round)
    joined_a = joined_b = False
    for i in left_a:
        x = a[i]
        for j in left_b:
            y = b[j]
            joined_a = joined_a or x.startswith(y) or ends and x.endswith(y)
            joined_b = joined_b or y.startswith(x) or ends and y.endswith(x)
            if joined_a and joined_b:
                return True, True
    return joined_a, joined_b


def _compounds(a: tuple[str, ...], b: tuple[str, ...], left_a: list[int], left_b: list[int]
               ) -> list[tuple[int, tuple[int, ...]]]:
    """Words of `a` written together from two or three adjacent words of `b` (or two the other
    way round); the words paired are taken out of `left_a` and `left_b`."""
    out = []
    for i in list(left_a):
        word = a[i]
        for k in range(len(b) - 1):
            if k not in left_b or not word.startswith(b[k]):
                continue
            joined, span = b[k], [k]
            for j in range(k + 1, min(k + 3, len(b))):
                if j not in left_b:
                    break
                joined += b[j]
                span.append(j)
                if joined == word:
                    out.append((i, tuple(span)))
                    left_a.remove(i)
                    for x in span:
                        left_b.remove(x)
                    break
                if not word.startswith(joined):
                    break
            else:
                continue
            if i not in left_a:
                break
    # two words written together the other way round ("Takvedlikehold" / "Vedlikehold tak"),
    # the first perhaps as its stem with a linking s ("Vindusutskifting" / "Utskifting vinduer")
    for i in list(left_a) if len(left_b) >= 2 else ():
        word = a[i]
        for k in range(len(b) - 1):
            if (word.endswith(b[k]) and k in left_b and k + 1 in left_b
                    and _joined_first(word[:len(word) - len(b[k])], b[k + 1])):
                _take_two(out, i, k, left_a, left_b)
                break
    return out


_PLURALS = ("ene", "er", "ar", "e", "r")


def _joined_first(head: str, word: str) -> bool:
    """Whether `head` is `word` as the first part of a compound: itself, or its stem (less a
    plural ending), with or without a linking s ("vindus" of "vinduer", "tak" of "tak")."""
    if head == word or head == word + "s":
        return True
    stem = head[:-1] if head.endswith("s") else head
    return len(stem) >= 3 and any(word == stem + end for end in _PLURALS)
