"""inspection-schema: the reference specification for Ofsted inspection report data.

Import what you need from the submodules; this module stays light so that the
command-line tools start quickly.
"""

__version__ = "1.2.0"
