"""Reader tests (a package, so that module names like test_text cannot clash)."""
