"""bench/heldout49: blind, deterministic, labelled synthetic traffic for an
LLM API provider (Dariya Labs) serving Pakistan and Bangladesh and their
diaspora, 23-24 March 2027. Standard library only; see README.md."""
