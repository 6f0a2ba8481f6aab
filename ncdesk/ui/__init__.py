"""The Qt window. Talks to ncdesk.core and ncdesk.store, never to SQL."""
