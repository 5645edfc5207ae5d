"""The privacy notice page: the published policy beside the notice the register implies."""
