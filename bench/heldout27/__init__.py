"""heldout27: a blind, labelled traffic generator for the Borealis LLM API
(Toronto/Montréal), exam-and-tax week of April 2027 with an evening model launch.

Written without knowledge of how enforcer detects anything. Entry point: gen.py.
"""
