"""heldout22: a blind, labelled traffic generator (Gulf/Egypt/Levant/Maghreb provider in Ramadan 1448,
with a model launch on day 2). See README.md."""
