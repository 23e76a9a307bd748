"""Commands that edit or explore a project: find, suggest, excerpt add, source add, serve, init, edition new."""
