#!/usr/bin/env python3
"""Writes a synthetic portfolio (docs/portfolio-format.md, version 1) for benchmarks.

Usage: generate_portfolio.py COUNT [--seed N] > portfolio.json
       generate_portfolio.py COUNT [--seed N] --bibtex > publications.bib

COUNT publications of realistic shape: 6-16 word titles, 2-12 authors with the owner among them,
about 40 venues, years 1990-2026, some statuses, topics, 1-3 sentence summaries, 1-3 links, and
about one in ten with a remote thumbnail on thumbnails.invalid, a host that never resolves, so
loading it fails the way an unreachable server does. The same COUNT and seed give the same bytes.

With --bibtex it writes the same publications as BibTeX entries instead, with the keys al-folio
adds (abbr, preview, selected, html, pdf, code), for a portfolio that names the file in
"bibliographies" or for --bib; `generate_portfolio.py 0` then gives the profile around them.

The JSON is compact: the loader refuses files over 64 MiB, and indentation would take 100,000
publications past it. Standard library only.
"""

import argparse
import json
import random
import string
import sys

FIRST_NAMES = [
    "Ada", "Alan", "Amara", "Bo", "Carlos", "Chen", "Dmitri", "Elena", "Fatima", "Grace", "Hana",
    "Hiroshi", "Ines", "Jae-won", "José", "Kailai", "Lena", "Łukasz", "Mei", "Mingbao", "Nadia",
    "Noor", "Olga", "Priya", "Qing", "Rafael", "Sanjay", "Sofia", "Tomás", "Uma", "Wei", "Xurui",
    "Yara", "Yusheng", "Zoë", "Zhihua",
]
FAMILY_NAMES = [
    "Adeyemi", "Bai", "Chen", "Dubois", "Eriksson", "Fernández", "Gao", "Gupta", "Hoffmann", "Ito",
    "Jensen", "Kim", "Kowalski", "Li", "Liu", "Ma", "Müller", "Nakamura", "Novak", "Okafor",
    "Peng", "Rossi", "Sato", "Schmidt", "Singh", "Tanaka", "Wang", "Wei", "Xu", "Yan", "Yang",
    "Zeng", "Zhang", "Zhao", "Zheng",
]
# Real acronyms and made-up ones in the same style, conference-like and journal-like.
VENUES = [
    "AAAI", "ACL", "ACM-MM", "ASPLOS", "CVPR", "CVPRW", "DAC", "ECCV", "EMNLP", "EuroSys", "HPCA",
    "ICCV", "ICLR", "ICML", "IJCAI", "IJCNLP-AACL", "ISCA", "KDD", "MICRO", "MLSys", "NAACL",
    "NeurIPS", "OSDI", "PPoPP", "SC", "SIGIR", "TACL", "TMLR", "TPAMI", "WWW", "arXiv",
    "CEAS", "ICSPA", "J. Synth. Comput.", "JEAI", "SysWorks", "Trans. Effic. Learn.", "WLAI",
    "Proc. Edge Intell.", "VisCompW",
]
STATUSES = [
    "Oral", "Spotlight", "Best Paper", "Best Paper Honorable Mention", "Spotlight + Oral, Top 1%",
    "Best Student Paper", "Long Paper",
]
TOPICS = [
    "diffusion quantization", "sparse attention", "LLM inference", "video generation",
    "super-resolution", "on-device models", "compiler optimization", "kernel fusion",
    "speculative decoding", "KV-cache compression", "mixed-precision training", "model pruning",
    "image editing", "speech synthesis", "graph neural networks", "distributed training",
    "retrieval augmentation", "neural rendering", "federated learning", "hardware accelerators",
]
ROLES = ["co-first author", "corresponding author", "project lead", "co-corresponding author"]
ADJECTIVES = [
    "Efficient", "Scalable", "Adaptive", "Sparse", "Robust", "Lightweight", "Unified", "Dynamic",
    "Hierarchical", "Low-Bit", "Training-Free", "Hardware-Aware", "Progressive", "Multi-Scale",
    "Causal", "Contrastive", "Latent", "Online", "Arbitrary-Bit", "Memory-Efficient",
]
# A title's noun phrases end in a head noun, optionally after a modifier: "Token Caching".
MODIFIERS = [
    "Attention", "Diffusion", "Token", "Kernel", "Cache", "Video", "Image", "Language", "Speech",
    "Graph", "Expert", "Tensor", "Sequence", "Model", "Edge", "Timestep",
]
HEADS = [
    "Transformers", "Quantization", "Inference", "Caching", "Generation", "Models", "Networks",
    "Decoding", "Representations", "Compression", "Scheduling", "Distillation", "Pruning",
    "Alignment", "Retrieval", "Rendering", "Accelerators", "Agents", "Compilers", "Editing",
]
CONNECTORS = ["for", "via", "with", "in", "of", "and", "towards", "beyond", "without"]
VERBS = [
    "reduces", "improves", "accelerates", "stabilizes", "predicts", "compresses", "schedules",
    "rectifies", "reuses", "balances", "quantizes", "preserves",
]
OBJECTS = [
    "memory traffic", "end-to-end latency", "generation quality", "accumulated error",
    "redundant computation", "peak throughput", "numerical precision", "temporal consistency",
    "energy use", "tail latency", "cache hit rate", "accuracy at low bit widths",
]
SETTINGS = [
    "on mobile devices", "across diffusion timesteps", "under tight memory budgets",
    "on commodity GPUs", "at production scale", "for long contexts", "without retraining",
    "on edge accelerators", "in multilingual settings", "with negligible overhead",
]
LINK_LABELS = ["Paper", "Code", "Project", "Slides", "Video", "OpenReview"]


def person(rng):
    return rng.choice(FIRST_NAMES) + " " + rng.choice(FAMILY_NAMES)


def noun_phrase(rng):
    words = [rng.choice(ADJECTIVES) for _ in range(rng.choice([0, 1, 1, 2]))]
    if rng.random() < 0.5:
        words.append(rng.choice(MODIFIERS))
    return words + [rng.choice(HEADS)]


def title(rng):
    words = []
    # Many titles open with the method's acronym.
    if rng.random() < 0.45:
        letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(3, 6)))
        words.append(letters + ":")
    # Most titles have about ten words.
    target = round(rng.triangular(6, 16, 9))
    while len(words) < target:
        phrase = noun_phrase(rng)
        if words and not words[-1].endswith(":"):
            phrase.insert(0, rng.choice(CONNECTORS))
        room = target - len(words)
        # A phrase always ends in its head noun, so a shortened one still reads as a title.
        if len(phrase) > room:
            phrase = phrase[:1] + phrase[-1:] if room >= 2 else phrase[-1:]
        words.extend(phrase)
    return " ".join(words)


def summary(rng):
    sentences = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        sentences.append("{} {} {} {}.".format(
            rng.choice(["The method", "This work", "Our approach", "The system", "The framework"]),
            rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(SETTINGS)))
    return " ".join(sentences)


def authors(rng, owner):
    # Mostly four to six authors, now and then a dozen.
    count = int(rng.triangular(2, 13, 4))
    names = []
    while len(names) < count:
        name = person(rng)
        # The owner is marked once per publication, so no co-author may share the name.
        if name != owner:
            names.append(name)
    # The owner is often first or last, as in real author lists.
    position = rng.choice([0, count - 1, rng.randrange(count)])
    names[position] = owner
    result = []
    for index, name in enumerate(names):
        author = {"name": name}
        if index == position:
            author["owner"] = True
        if index < 2 and rng.random() < 0.15:
            author["equalContribution"] = True
        if index == count - 1 and rng.random() < 0.2:
            author["corresponding"] = True
        result.append(author)
    # Long lists are sometimes given only in part, never leaving out the owner.
    keep = max(3, position + 1)
    if count > 8 and keep < count and rng.random() < 0.3:
        result = result[:keep] + [{"elided": True}]
    return result


def publication(rng, index, owner):
    year = rng.randint(1990, 2026)
    text = title(rng)
    slug = "".join(c for c in text.split()[0].lower() if c.isalnum())[:12] or "paper"
    identifier = "{}-{}".format(slug, index)
    result = {
        "id": identifier,
        "title": text,
        "authors": authors(rng, owner),
        "venue": rng.choice(VENUES),
        "year": year,
    }
    if rng.random() < 0.15:
        result["status"] = rng.choice(STATUSES)
    if rng.random() < 0.7:
        result["topic"] = rng.choice(TOPICS)
    if rng.random() < 0.1:
        result["role"] = rng.choice(ROLES)
    result["summary"] = summary(rng)
    if rng.random() < 0.05:
        result["selected"] = True
    links = []
    # arXiv identifiers have the form YYMM.NNNN from 2007 and YYMM.NNNNN from 2015 on.
    if year >= 2008 and rng.random() < 0.6:
        digits = 5 if year >= 2015 else 4
        number = rng.randrange(10**digits)
        result["arxiv"] = "{:02d}{:02d}.{:0{}d}".format(year % 100, rng.randint(1, 12), number, digits)
        links.append({"label": "arXiv", "url": "https://arxiv.example.org/abs/" + result["arxiv"]})
    if rng.random() < 0.3:
        # 10.5555 is the prefix set aside for examples and tests.
        result["doi"] = "10.5555/{}.{}".format(year, index)
        links.append({"label": "DOI", "url": "https://doi.example.org/" + result["doi"]})
    wanted = max(len(links), rng.choice([1, 1, 2, 2, 3]))
    for label in rng.sample(LINK_LABELS, wanted - len(links)):
        links.append({"label": label, "url": "https://{}.example.org/{}".format(label.lower(), identifier)})
    result["links"] = links
    if rng.random() < 0.1:
        result["thumbnail"] = "https://thumbnails.invalid/{}.png".format(identifier)
    return result


def news_item(rng, item):
    name = item["title"].split(":")[0] if ":" in item["title"] else '"{}"'.format(item["title"])
    if item["venue"] == "arXiv":
        text = "{} is out on arXiv.".format(name)
    else:
        text = "{} is accepted by {} {}{}.".format(
            name, item["venue"], item["year"], " ({})".format(item["status"]) if "status" in item else "")
    return {"date": "{}-{:02d}".format(item["year"], rng.randint(1, 12)), "text": text, "publication": item["id"]}


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_portfolio(out, count, seed):
    """Writes publications as they are made, so memory stays flat however many there are."""
    rng = random.Random(seed)
    owner = person(rng)
    # Chosen up front for the same reason: news items are about publications not yet made.
    news_indices = set(rng.sample(range(count), min(count, 12)))
    head = {
        "formatVersion": 1,
        "profile": {
            "name": owner,
            "headline": "Research Scientist",
            "affiliation": "Example Labs",
            "tagline": "I make large models fast enough to use.",
            "biography": [summary(rng)],
            "homepage": "https://www.example.org/",
        },
        "focusAreas": [{"title": topic.capitalize(), "description": summary(rng)} for topic in rng.sample(TOPICS, 3)],
        "scholar": {
            "source": "Google Scholar",
            "date": "2026-06-06",
            "publications": count,
            "citations": count * rng.randint(5, 40),
            "hIndex": min(count, rng.randint(20, 60)),
        },
        "contact": {"email": "owner@example.org", "topics": rng.sample(TOPICS, 3)},
    }
    out.write("{" + ",".join(compact(key) + ":" + compact(value) for key, value in head.items()))
    out.write(',"publications":[')
    news = []
    for index in range(count):
        item = publication(rng, index, owner)
        out.write(("," if index else "") + compact(item))
        if index in news_indices:
            news.append(news_item(rng, item))
    # Newest first, as an author lists them.
    news.sort(key=lambda item: item["date"], reverse=True)
    out.write('],"news":' + compact(news) + "}\n")


def bibtex_value(text):
    # Braces keep the case of titles; the generated text holds no braces or backslashes.
    return "{" + text.replace("&", "\\&").replace("%", "\\%") + "}"


def bibtex_entry(item):
    names = []
    for author in item["authors"]:
        if author.get("elided"):
            names.append("others")
            continue
        given, _, family = author["name"].rpartition(" ")
        names.append("{}, {}".format(family, given) if given else family)
    kind = "article" if item["venue"] in ("TACL", "TMLR", "TPAMI", "J. Synth. Comput.", "JEAI") else "inproceedings"
    fields = [
        ("title", item["title"]),
        ("author", " and ".join(names)),
        ("journal" if kind == "article" else "booktitle", item["venue"]),
        ("abbr", item["venue"]),
        ("year", str(item["year"])),
        ("abstract", item["summary"]),
    ]
    if "doi" in item:
        fields.append(("doi", item["doi"]))
    if "arxiv" in item:
        fields.append(("arxiv", item["arxiv"]))
    for link in item["links"]:
        key = {"Code": "code", "PDF": "pdf"}.get(link["label"], "html")
        if key not in dict(fields):
            fields.append((key, link["url"]))
    if item.get("selected"):
        fields.append(("selected", "true"))
    if "thumbnail" in item:
        fields.append(("preview", item["thumbnail"]))
    body = ",\n".join("  {} = {}".format(key, bibtex_value(value)) for key, value in fields)
    return "@{}{{{},\n{}\n}}\n".format(kind, item["id"], body)


def write_bibtex(out, count, seed):
    rng = random.Random(seed)
    owner = person(rng)
    out.write("% {} publications of {}, generated by tools/generate_portfolio.py\n".format(count, owner))
    for index in range(count):
        out.write("\n" + bibtex_entry(publication(rng, index, owner)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", metavar="COUNT", type=int, help="how many publications")
    parser.add_argument("--seed", type=int, default=1, help="the random seed (default 1)")
    parser.add_argument("--bibtex", action="store_true", help="write the publications as BibTeX")
    arguments = parser.parse_args()
    if arguments.count < 0:
        parser.error("COUNT must be 0 or more")
    # UTF-8 whatever the locale says, as the format requires.
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    write = write_bibtex if arguments.bibtex else write_portfolio
    write(sys.stdout, arguments.count, arguments.seed)


if __name__ == "__main__":
    main()
