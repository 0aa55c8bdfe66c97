"""Readers and writers of the files people bring in and take out."""
