"""The specification's data and its readers: everything else builds on this package.

- :mod:`~inspection_schema.spec.resources` finds the shipped data files (``schemas/``);
- :mod:`~inspection_schema.spec.versions` the schema versions and loading one;
- :mod:`~inspection_schema.spec.registry` the offline registry of the shipped schemas;
- :mod:`~inspection_schema.spec.codelists` the codelists, the one home of the domain's
  vocabulary (grades, areas, report kinds, summary wordings, inspection periods);
- :mod:`~inspection_schema.spec.regulations` the regulation catalogue;
- :mod:`~inspection_schema.spec.finding_catalogue` every finding code validation reports;
- :mod:`~inspection_schema.spec.patterns` the regular expressions the schema uses;
- :mod:`~inspection_schema.spec.regulation_references` reading ``Regulation 7 (1)(a)``.

Nothing here imports from another package of ``inspection_schema``.
"""
