"""Evidence: the bundled Frictionless data package, country groups, and value look-ups."""

from factcheck.evidence.package import EvidencePackage, ResourceInfo, bundled_evidence_dir, load_package
from factcheck.evidence.store import EvidenceStore, Gap, Observation

__all__ = ["EvidencePackage", "EvidenceStore", "Gap", "Observation", "ResourceInfo", "bundled_evidence_dir",
           "load_package"]
