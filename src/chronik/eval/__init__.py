"""Scorers for chronik's tasks."""
