"""Advent-of-Code-style traffic. The two puzzles below are invented for this world (they are
not the real event's texts); inputs are generated per user, as the real event does."""

from __future__ import annotations

import random

from .randutil import pick

PUZZLES = [
    ("Snowplow Odometer",
     "The municipal snowplow logs its route as segments: a direction letter (N, E, S or W) followed by a distance, "
     "for example `E14`. The plow starts at the depot. Part 1: after driving every segment in order, how far is the "
     "plow from the depot, measured as Manhattan distance? For the example route E5, N3, W9, S1 the answer is 6.",
     "Part 2: the driver wants a coffee at the first grid point the plow passes twice (counting every point along "
     "each segment, not only the turns). How far is that point from the depot?"),
    ("Gift Tag Checksums",
     "Each line of the input is a gift tag such as `kmtx-qaal-4417`. A tag is genuine when the sum of the digits of "
     "its number equals the number of distinct letters in the tag. Part 1: add up the numbers of all genuine tags. "
     "For the example tags `ab-c-6`, `aa-b-3` and `xyz-z-12` the sum is 9.",
     "Part 2: counterfeit tags can be repaired by rotating every letter forward by the tag's number modulo 26. Which "
     "repaired tag reads `northpolelogistics` once the dashes are dropped? Give its number."),
]

DEV_LANGS = [("Python", "python"), ("Python", "python"), ("Python", "python"), ("Rust", "rust"), ("Go", "go"),
             ("Kotlin", "kotlin"), ("C#", "csharp"), ("TypeScript", "ts"), ("Haskell", "haskell"), ("Elixir", "elixir")]

CODE = {
    "python": ["x = y = 0\nfor line in open('{f}'):\n    d, n = line[0], int(line[1:])\n    if d == 'N': y += n\n    elif d == 'S': y -= n\n    elif d == 'E': x += n\n    else: x -= n\nprint(abs(x) + abs(y))",
               "seen = set()\npos = (0, 0)\nfor step in data.split(','):\n    d, n = step.strip()[0], int(step.strip()[1:])\n    pos = move(pos, d, n)\n    if pos in seen:\n        print(sum(map(abs, pos)))\n        break\n    seen.add(pos)",
               "total = 0\nfor tag in lines:\n    *words, num = tag.split('-')\n    letters = set(''.join(words))\n    if sum(int(c) for c in num) == len(letters):\n        total += {v}\nprint(total)"],
    "rust": ["let mut total = 0;\nfor line in input.lines() {{\n    let (word, num) = line.rsplit_once('-').unwrap();\n    let n: u32 = num.parse().unwrap();\n    if digit_sum(n) == distinct(word) {{ total += n; }}\n}}\nprintln!(\"{{}}\", total);"],
    "go": ["for _, s := range strings.Split(input, \"\\n\") {{\n\tdir := s[0]\n\tn, _ := strconv.Atoi(s[1:])\n\tswitch dir {{\n\tcase 'N': y += n\n\tcase 'S': y -= n\n\t}}\n}}\nfmt.Println(x + y)"],
    "kotlin": ["val total = File(\"{f}\").readLines().filter {{ valid(it) }}.sumOf {{ it.substringAfterLast('-').toInt() }}\nprintln(total)"],
    "csharp": ["var total = File.ReadLines(\"{f}\").Where(IsValid).Sum(t => int.Parse(t.Split('-').Last()));\nConsole.WriteLine(total);"],
    "ts": ["const total = input.trim().split('\\n').filter(isValid).reduce((s, t) => s + Number(t.split('-').pop()), 0);\nconsole.log(total);"],
    "haskell": ["main = do\n  ls <- lines <$> readFile \"{f}\"\n  print . sum . map tagNumber . filter valid $ ls"],
    "elixir": ["File.stream!(\"{f}\") |> Stream.map(&String.trim/1) |> Enum.filter(&valid?/1) |> Enum.map(&number/1) |> Enum.sum() |> IO.puts()"],
}


def puzzle_input(rng: random.Random, day: int, n: int) -> str:
    if day == 0:
        return ", ".join(pick(rng, "NESW") + str(rng.randrange(1, 200)) for _ in range(n))
    return "\n".join("-".join("".join(chr(97 + rng.randrange(26)) for _ in range(rng.randrange(2, 6)))
                              for _ in range(rng.randrange(2, 4))) + "-" + str(rng.randrange(100, 9999)) for _ in range(n))


def code_for(rng: random.Random, tag: str) -> str:
    snippets = CODE.get(tag, CODE["python"])
    return pick(rng, snippets).format(f=pick(rng, ["input.txt", "day01.txt", "in.txt", "data/input"]), v=pick(rng, ["int(num)", "int(tag[-4:])"]))


def dev_prompt(rng: random.Random, day: int, part: int) -> str:
    title, p1, p2 = PUZZLES[day % len(PUZZLES)]
    text = p1 if part == 1 else p1 + "\n\n" + p2
    lang, tag = pick(rng, DEV_LANGS)
    r = rng.random()
    if r < .22:
        return (f"Advent of Code day {day + 1} part {part} ({title}):\n\n{text}\n\nMy {lang} solution works on the example "
                f"but not on my real input:\n```{tag}\n{code_for(rng, tag)}\n```\nWhat am I missing?")
    if r < .38:
        return f"Can you explain step by step how to approach today's AoC (day {day + 1}, part {part})? No full code please, just the idea.\n\n{text}"
    if r < .52:
        return f"{text}\n\nWrite a solution in {lang} that reads the input from a file."
    if r < .64:
        return f"why does this give the wrong answer for aoc day {day + 1}??\n```{tag}\n{code_for(rng, tag)}\n```\ninput sample:\n{puzzle_input(rng, day, 5)}"
    if r < .74:
        return f"What's the idiomatic way in {lang} to parse lines like `{puzzle_input(rng, day, 1)}`?"
    if r < .84:
        return (f"AoC day {day + 1} part 2 — my brute force is way too slow in {lang}. Ideas for a faster approach?\n"
                f"```{tag}\n{code_for(rng, tag)}\n```")
    if r < .92:
        return f"Explain the difference between part 1 and part 2 here, step by step:\n\n{text}"
    return f"Refactor this to be more readable, it's for a blog post about Advent of Code:\n```{tag}\n{code_for(rng, tag)}\n```"


# The popular open-source "auto-solver" template that leaderboard racers share (same text for all of them).
RACER = ("You are an expert competitive programmer. Solve the following Advent of Code puzzle. Read the input from "
         "the file `input.txt`. Print only the final answer. Respond with a single Python 3 code block and no "
         "explanation.\n\n<puzzle>\n{puzzle}\n</puzzle>")
RACER_RETRY = "\n\nYour previous program printed {n}, which is not the correct answer. Find the bug and return a corrected program."


def racer_prompt(rng: random.Random, day: int, part: int, attempt: int) -> str:
    title, p1, p2 = PUZZLES[day % len(PUZZLES)]
    text = f"--- Day {day + 1}: {title} ---\n{p1}" + ("\n\n--- Part Two ---\n" + p2 if part == 2 else "")
    out = RACER.format(puzzle=text)
    if attempt:
        out += RACER_RETRY.format(n=rng.randrange(1000, 99999))
    return out
