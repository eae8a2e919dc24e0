"""Synthetic consultation answers with planted topics, for tests and benchmarks.

Stakeholders of a Lab (governments, cities, NGOs, businesses, migrants) answer questions such
as "what is the most pressing migration problem where you are?" or "what solution could be put
in place soon, and who should be involved?". `generate` writes such short answers in English,
French and Spanish, each planted on one topic of `TOPICS` (or two, for "mixed" answers, or none,
for vague off-topic ones), so that theme discovery can be scored against the truth.

Wording varies a lot within a topic: every topic has, in each language, several synonyms of
its name, problem clauses, solution phrases and its own problem/solution templates, and it
also shares generic templates, places, actors and time phrases with all the other topics.
The phrase content lives in `synthetic_content` (plain data, parsed and checked here).

The output depends only on the arguments: all randomness comes from one
`numpy.random.default_rng(seed)`. With ``noise=0`` the text is also clean: no off-topic answers,
no case variation, no typos.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from partnerlab.analysis.synthetic_content import RAW_CONTENT

LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
SLOTS = frozenset({"n", "p", "s", "place", "actor", "time"})

MIN_TOPIC_SHARE = 0.012  # of the on-topic answers, so >= 1% of all answers at the default noise
ZIPF_EXPONENT = 1.0
TYPO_RATE = 0.03  # share of words with one swapped or dropped letter (only when noise > 0)
PROBLEM_FIRST = 0.55  # an answer starts with the problem rather than the solution
SECOND_SENTENCE = 0.45  # a single-topic answer has a second topical sentence
TOPIC_TEMPLATE = 0.55  # a sentence uses a topic's own template rather than a generic one
OPENER = 0.2  # "Honestly," / "Como alcaldia," before the first sentence
FILLER = 0.15  # a generic sentence ("Thank you for asking.") before or after
LINK = 0.5  # "Also," before the second topic of a mixed answer
SECOND_VAGUE = 0.35  # an off-topic answer has two sentences

_SHARED = "(shared)"
_TOPIC_MINIMUMS = {"n": 4, "p": 4, "s": 4, "P": 3, "S": 3}
_SHARED_MINIMUMS = {
    "place": 8,
    "actor": 8,
    "time": 6,
    "opener": 8,
    "filler": 8,
    "link": 4,
    "vague": 15,
    "P": 5,
    "S": 5,
}
_TEMPLATE_KEYS = frozenset({"P", "S"})
_DRAW_BLOCK = 65_536
_LEADING_LETTERS = re.compile(r"[^\W\d_]*")
_TYPO_TRIES = 3  # random picks to land on a word of 4+ letters

Draw = Callable[[], float]
_Section = dict[str, dict[str, list[str]]]  # language -> key -> items


@dataclass(frozen=True, slots=True)
class Answer:
    """One synthetic answer and the topics planted in it."""

    text: str
    topic: int  # index into TOPICS, or -1 for an off-topic / vague answer
    language: str  # "en", "fr" or "es"
    second_topic: int  # -1, or a second planted topic the answer also speaks of


class _Topic(NamedTuple):
    nouns: tuple[str, ...]
    problems: tuple[str, ...]
    solutions: tuple[str, ...]
    problem_templates: tuple[str, ...]
    solution_templates: tuple[str, ...]


class _Shared(NamedTuple):
    places: tuple[str, ...]
    actors: tuple[str, ...]
    times: tuple[str, ...]
    openers: tuple[str, ...]
    fillers: tuple[str, ...]
    links: tuple[str, ...]
    vague: tuple[str, ...]
    problem_templates: tuple[str, ...]
    solution_templates: tuple[str, ...]


# --- content: parse and check -----------------------------------------------------------------


def _logical_lines(raw: str) -> list[str]:
    """Non-blank, non-comment lines, with indented continuation lines joined on."""
    lines: list[str] = []
    for line in raw.splitlines():
        if line.startswith("  ") and lines:
            lines[-1] = f"{lines[-1]} {line.strip()}"
        elif line.strip() and not line.startswith("#"):
            lines.append(line.rstrip())
    return lines


def _parse(raw: str) -> list[tuple[str, _Section]]:
    sections: list[tuple[str, _Section]] = []
    block: dict[str, list[str]] | None = None
    for line in _logical_lines(raw):
        if line.startswith("== "):
            sections.append((line[3:].strip(), {}))
            block = None
        elif line.startswith("-- ") and sections:
            block = sections[-1][1].setdefault(line[3:].strip(), {})
        else:
            key, sep, value = line.partition(": ")
            if block is None or not sep:
                raise ValueError(f"synthetic content: unexpected line {line!r}")
            block.setdefault(key.strip(), []).extend(v.strip() for v in value.split(" | "))
    return sections


def _items(block: dict[str, list[str]], key: str, minimum: int, where: str) -> tuple[str, ...]:
    items = tuple(dict.fromkeys(block.get(key, [])))
    if len(items) < minimum:
        raise ValueError(f"synthetic content: {where} needs {minimum}+ distinct {key!r} items")
    if key in _TEMPLATE_KEYS:
        for template in items:
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
            if not fields <= SLOTS:
                raise ValueError(f"synthetic content: {where}: bad slot in {template!r}")
    return items


def _language_blocks(section: _Section, where: str) -> list[dict[str, list[str]]]:
    missing = [language for language in LANGUAGES if language not in section]
    if missing:
        raise ValueError(f"synthetic content: {where} lacks {', '.join(missing)}")
    return [section[language] for language in LANGUAGES]


def _build(
    sections: list[tuple[str, _Section]],
) -> tuple[list[str], dict[str, tuple[_Shared, tuple[_Topic, ...]]]]:
    shared = [s for name, s in sections if name == _SHARED]
    if len(shared) != 1:
        raise ValueError("synthetic content: exactly one (shared) section is needed")
    names = [name for name, _ in sections if name != _SHARED]
    shared_blocks = _language_blocks(shared[0], _SHARED)
    topic_blocks = [_language_blocks(s, name) for name, s in sections if name != _SHARED]
    content: dict[str, tuple[_Shared, tuple[_Topic, ...]]] = {}
    for i, language in enumerate(LANGUAGES):
        where = f"{_SHARED}/{language}"
        common = _Shared(
            *(_items(shared_blocks[i], k, m, where) for k, m in _SHARED_MINIMUMS.items())
        )
        topics = tuple(
            _Topic(
                *(_items(blocks[i], k, m, f"{name}/{language}") for k, m in _TOPIC_MINIMUMS.items())
            )
            for name, blocks in zip(names, topic_blocks, strict=True)
        )
        content[language] = (common, topics)
    return names, content


TOPICS: list[str]
_CONTENT: dict[str, tuple[_Shared, tuple[_Topic, ...]]]
TOPICS, _CONTENT = _build(_parse(RAW_CONTENT))


# --- which answer gets which topic ------------------------------------------------------------


def _topic_shares(k: int) -> npt.NDArray[np.float64]:
    """Zipf-like shares of the first k topics, each at least MIN_TOPIC_SHARE (or 0.5 / k)."""
    zipf = np.arange(1, k + 1, dtype=np.float64) ** -ZIPF_EXPONENT
    floor = min(MIN_TOPIC_SHARE, 0.5 / k)
    shares: npt.NDArray[np.float64] = floor + (1.0 - floor * k) * zipf / zipf.sum()
    return shares


def _allocate(total: int, shares: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """Integer counts summing to total, proportional to shares (largest remainders)."""
    exact = shares * total
    counts = np.floor(exact).astype(np.int64)
    rest = total - int(counts.sum())
    order = np.argsort(-(exact - counts), kind="stable")
    counts[order[:rest]] += 1
    return counts


def _second_topics(
    rng: np.random.Generator, first: npt.NDArray[np.int64], shares: npt.NDArray[np.float64]
) -> npt.NDArray[np.int64]:
    k = len(shares)
    second = rng.choice(k, size=len(first), p=shares)
    shift = 1 + (rng.random(len(first)) * (k - 1)).astype(np.int64)
    result: npt.NDArray[np.int64] = np.where(second == first, (first + shift) % k, second)
    return result


def _plan_topics(
    rng: np.random.Generator, n: int, k: int, noise: float, mixed: float
) -> tuple[list[int], list[int]]:
    """Topic and second topic of each answer (-1 for none), exact shares in shuffled order."""
    n_noise = int(noise * n + 0.5)
    n_mixed = min(int(mixed * n + 0.5), n - n_noise) if k > 1 else 0
    shares = _topic_shares(k)
    on_topic = rng.permutation(np.repeat(np.arange(k), _allocate(n - n_noise, shares)))
    order = rng.permutation(n)
    topics = np.full(n, -1, dtype=np.int64)
    topics[order[n_noise:]] = on_topic
    seconds = np.full(n, -1, dtype=np.int64)
    mixed_at = order[n_noise : n_noise + n_mixed]
    seconds[mixed_at] = _second_topics(rng, topics[mixed_at], shares)
    return topics.tolist(), seconds.tolist()


# --- writing one answer -----------------------------------------------------------------------


def _uniforms(rng: np.random.Generator) -> Draw:
    """A draw function returning the next uniform in [0, 1) of rng, fetched in blocks."""

    def block(_: object) -> list[float]:
        values: list[float] = rng.random(_DRAW_BLOCK).tolist()
        return values

    return itertools.chain.from_iterable(map(block, itertools.repeat(None))).__next__


def _pick(items: tuple[str, ...], x: float) -> str:
    return items[int(x * len(items))]


def _lower_first(text: str) -> str:
    """Lower the first letter of a sentence, unless it starts with an acronym or "I"."""
    lead = len(text) - len(text.lstrip("¿¡"))
    first = text[lead:].split(" ", 1)[0]
    if first == "I" or first.startswith("I'") or (len(first) > 1 and first[1].isupper()):
        return text
    return text[:lead] + text[lead : lead + 1].lower() + text[lead + 1 :]


def _sentence(topic: _Topic, shared: _Shared, problem: bool, draw: Draw) -> str:
    own = draw() < TOPIC_TEMPLATE
    if problem:
        pool = topic.problem_templates if own else shared.problem_templates
    else:
        pool = topic.solution_templates if own else shared.solution_templates
    # The hot loop of `generate`: _pick is inlined here on purpose.
    n, p, s = topic.nouns, topic.problems, topic.solutions
    place, actor, time = shared.places, shared.actors, shared.times
    text = pool[int(draw() * len(pool))].format(
        n=n[int(draw() * len(n))],
        p=p[int(draw() * len(p))],
        s=s[int(draw() * len(s))],
        place=place[int(draw() * len(place))],
        actor=actor[int(draw() * len(actor))],
        time=time[int(draw() * len(time))],
    )
    return text[0].upper() + text[1:]


def _add_filler(sentences: list[str], shared: _Shared, rate: float, draw: Draw) -> None:
    if draw() < rate:
        filler = _pick(shared.fillers, draw())
        if draw() < 0.3:
            sentences.insert(0, filler)
        else:
            sentences.append(filler)


def _single(topic: _Topic, shared: _Shared, draw: Draw) -> list[str]:
    problem_first = draw() < PROBLEM_FIRST
    sentences = [_sentence(topic, shared, problem_first, draw)]
    if draw() < SECOND_SENTENCE:
        sentences.append(_sentence(topic, shared, not problem_first, draw))
    _add_filler(sentences, shared, FILLER, draw)
    return sentences


def _mixed(first: _Topic, second: _Topic, shared: _Shared, draw: Draw) -> list[str]:
    one = _sentence(first, shared, draw() < PROBLEM_FIRST, draw)
    two = _sentence(second, shared, draw() < PROBLEM_FIRST, draw)
    if draw() < LINK:
        two = f"{_pick(shared.links, draw())} {_lower_first(two)}"
    sentences = [one, two]
    _add_filler(sentences, shared, FILLER / 2, draw)
    return sentences


def _vague(shared: _Shared, draw: Draw) -> list[str]:
    first = _pick(shared.vague, draw())
    if draw() < SECOND_VAGUE:
        second = _pick(shared.vague, draw())
        if second != first:
            return [first, second]
    return [first]


def _vary_case(text: str, x: float) -> str:
    if x < 0.04:
        return text.lower()
    if x < 0.05:
        return text.upper()
    if x < 0.12:
        return _lower_first(text)
    if x < 0.22:
        return text.rstrip(".")
    return text


def _compose(
    topic: int, second: int, content: tuple[_Shared, tuple[_Topic, ...]], draw: Draw, rough: bool
) -> str:
    shared, topics = content
    if topic < 0:
        sentences = _vague(shared, draw)
    elif second < 0:
        sentences = _single(topics[topic], shared, draw)
    else:
        sentences = _mixed(topics[topic], topics[second], shared, draw)
    if draw() < OPENER:
        sentences[0] = f"{_pick(shared.openers, draw())} {_lower_first(sentences[0])}"
    text = " ".join(sentences)
    return _vary_case(text, draw()) if rough else text


# --- typos ------------------------------------------------------------------------------------


def _misspell(word: str, x: float) -> str:
    """Swap two neighbouring letters or drop one; never the first letter, never punctuation."""
    letters = _LEADING_LETTERS.match(word)
    m = letters.end() if letters else 0
    if m < 4:
        return word
    if x < 0.5:
        j = 1 + int(2 * x * (m - 2))
        return word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    j = 1 + int((2 * x - 1) * (m - 1))
    return word[:j] + word[j + 1 :]


def _with_typos(text: str, count: int, draw: Draw) -> str:
    """Misspell `count` words, picked by a random character (so longer words more often)."""
    for _ in range(count):
        for _ in range(_TYPO_TRIES):
            at = int(draw() * len(text))
            start = text.rfind(" ", 0, at) + 1
            end = text.find(" ", at)
            end = len(text) if end < 0 else end
            letters = _LEADING_LETTERS.match(text, start, end)
            if letters and letters.end() - start >= 4:
                text = text[:start] + _misspell(text[start:end], draw()) + text[end:]
                break
    return text


def _add_typos(texts: list[str], rng: np.random.Generator, draw: Draw) -> list[str]:
    words = np.fromiter((t.count(" ") + 1 for t in texts), dtype=np.int64, count=len(texts))
    counts: list[int] = rng.binomial(words, TYPO_RATE).tolist()
    return [_with_typos(t, c, draw) if c else t for t, c in zip(texts, counts, strict=True)]


# --- public API -------------------------------------------------------------------------------


def _check_args(
    n: int, n_topics: int | None, languages: tuple[str, ...], noise: float, mixed: float
) -> int:
    k = len(TOPICS) if n_topics is None else n_topics
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 1 <= k <= len(TOPICS):
        raise ValueError(f"n_topics must be between 1 and {len(TOPICS)}")
    if not languages or not set(languages) <= set(LANGUAGES):
        raise ValueError(f"languages must be a non-empty subset of {LANGUAGES}")
    if not (0.0 <= noise <= 1.0 and 0.0 <= mixed <= 1.0):
        raise ValueError("noise and mixed must be shares in [0, 1]")
    return k


def generate(
    n: int,
    *,
    seed: int = 0,
    n_topics: int | None = None,
    languages: tuple[str, ...] = ("en", "fr", "es"),
    noise: float = 0.05,
    mixed: float = 0.08,
) -> list[Answer]:
    """n synthetic answers planted on the first n_topics of TOPICS (default all).

    Topic shares are Zipf-like (topic 0 the most frequent), yet each topic holds at least
    1.2% of the on-topic answers. A share `noise` of the answers is vague and off-topic
    (topic -1) and a share `mixed` speaks of two topics in two sentences (second_topic set;
    capped to the answers left by noise, and none when n_topics == 1).
    The language is drawn uniformly from `languages` for each answer. When noise > 0, the
    text is also roughened: case variation, a missing final full stop, and typos in about
    3% of the words.
    """
    k = _check_args(n, n_topics, languages, noise, mixed)
    if n == 0:
        return []
    rng = np.random.default_rng(seed)
    topics, seconds = _plan_topics(rng, n, k, noise, mixed)
    answer_languages = [languages[i] for i in rng.integers(len(languages), size=n).tolist()]
    draw = _uniforms(rng)
    rough = noise > 0
    texts = [
        _compose(t, s, _CONTENT[lang], draw, rough)
        for t, s, lang in zip(topics, seconds, answer_languages, strict=True)
    ]
    if rough:
        texts = _add_typos(texts, rng, draw)
    return [
        Answer(text, t, lang, s)
        for text, t, s, lang in zip(texts, topics, seconds, answer_languages, strict=True)
    ]


def as_rows(answers: list[Answer]) -> list[dict[str, str]]:
    """Rows for a CSV file: id ("a1", "a2", ...), text, topic (as text) and language."""
    return [
        {"id": f"a{i}", "text": a.text, "topic": str(a.topic), "language": a.language}
        for i, a in enumerate(answers, start=1)
    ]
