"""The action queue: the home page and the officer's acknowledgements and snoozes."""
