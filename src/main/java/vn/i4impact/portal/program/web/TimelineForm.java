package vn.i4impact.portal.program.web;

import java.util.ArrayList;
import java.util.List;

import vn.i4impact.portal.program.Phase;

/** The six phases, each with a start and an end typed as local Vietnam time (empty = not planned). */
public class TimelineForm {

	private List<PhaseRow> phases = new ArrayList<>();

	public List<PhaseRow> getPhases() {
		return phases;
	}

	public void setPhases(List<PhaseRow> phases) {
		this.phases = phases;
	}

	public static class PhaseRow {

		private Phase phase;

		private String start;

		private String end;

		public PhaseRow() {
		}

		PhaseRow(Phase phase, String start, String end) {
			this.phase = phase;
			this.start = start;
			this.end = end;
		}

		public Phase getPhase() {
			return phase;
		}

		public void setPhase(Phase phase) {
			this.phase = phase;
		}

		public String getStart() {
			return start;
		}

		public void setStart(String start) {
			this.start = start;
		}

		public String getEnd() {
			return end;
		}

		public void setEnd(String end) {
			this.end = end;
		}

	}
}
