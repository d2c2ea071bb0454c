"""heldout31: blind labelled traffic for Formosa AI, Taiwan, 14-15 Jan 2027."""
