"""Pipeline stages. Each module exposes ``run(article, options) -> Article``: small and pure."""
