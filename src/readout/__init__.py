"""readout: diplomatic news in, a sourced database of meetings, calls and quotes out."""

__version__ = "0.1.0"
