"""heldout47: an independent, held-out synthetic traffic generator (Thailand, Cambodia, Laos
over Songkran 2027, with a model launch). Written blind to the detector; see README.md."""
