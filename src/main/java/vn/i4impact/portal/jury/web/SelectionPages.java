package vn.i4impact.portal.jury.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.selection.SelectionBoard;
import vn.i4impact.portal.jury.internal.selection.SelectionService;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * What the shortlist and decision controllers share: the page, the committee-only steps (changes, votes,
 * confirmation: ADMIN; the secretariat views and prepares the rule), and refusals shown on the page with what the
 * user typed kept (flash attributes {@code formError} and {@code typed}).
 */
@Component
class SelectionPages {

	/** Which form a refusal belongs to, and why (a message key). */
	public record FormError(String form, String key) {
	}

	private final SelectionBoard boards;

	private final SelectionService selections;

	SelectionPages(SelectionBoard boards, SelectionService selections) {
		this.boards = boards;
		this.selections = selections;
	}

	String page(long roundId, RoundKind kind, CurrentUser me, Model model, String view) {
		SelectionBoard.Board board = boards.board(roundId);
		if (board.round().getKind() != kind) {
			throw new NotFoundException();
		}
		model.addAttribute("board", board);
		model.addAttribute("committee", me.has(Role.ADMIN));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return view;
	}

	static void requireCommittee(CurrentUser me) {
		if (!me.has(Role.ADMIN)) {
			throw new AccessDeniedException("only the committee decides");
		}
	}

	/** Runs a step; a refusal goes back to the page on the form it came from, with what was typed. */
	static void attempt(RedirectAttributes redirect, String form, Map<String, String> typed, String success,
			Runnable step) {
		try {
			step.run();
			Flash.success(redirect, success);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			redirect.addFlashAttribute("formError", new FormError(form, ex.messageKey()));
			redirect.addFlashAttribute("typed", new LinkedHashMap<>(typed));
		}
	}

	void change(long roundId, RoundKind kind, CurrentUser me, long nominationId, boolean selected, String reason,
			RedirectAttributes redirect) {
		requireCommittee(me);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("reason-" + nominationId, reason == null ? "" : reason);
		attempt(redirect, "change-" + nominationId, typed, "selection.changed",
				() -> selections.change(roundId, kind, nominationId, selected, reason, me.id()));
	}

	void undo(long roundId, RoundKind kind, CurrentUser me, long nominationId, RedirectAttributes redirect) {
		requireCommittee(me);
		attempt(redirect, "change-" + nominationId, Map.of(), "selection.undone",
				() -> selections.undoChange(roundId, kind, nominationId, me.id()));
	}

	/** The places come as {@code place-<dossier id>} parameters. */
	void vote(long roundId, RoundKind kind, CurrentUser me, long awardId, Map<String, String> params,
			RedirectAttributes redirect) {
		requireCommittee(me);
		Map<Long, Integer> places = new LinkedHashMap<>();
		Map<String, String> typed = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("place-")) {
				typed.put(name, value);
				try {
					places.put(Long.parseLong(name.substring(6)), Integer.parseInt(value.strip()));
				}
				catch (NumberFormatException ex) {
					places.put(-1L, -1);
				}
			}
		});
		typed.put("voters", params.getOrDefault("voters", ""));
		typed.put("result", params.getOrDefault("result", ""));
		attempt(redirect, "vote-" + awardId, typed, "selection.voted", () -> {
			if (places.containsKey(-1L)) {
				throw new DomainException("selection.error.votePlaces");
			}
			selections.vote(roundId, kind, awardId, places, params.get("voters"), params.get("result"), me.id());
		});
	}

	void confirm(long roundId, RoundKind kind, CurrentUser me, boolean notify, String exceptionReason,
			RedirectAttributes redirect) {
		requireCommittee(me);
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("exceptionReason", exceptionReason == null ? "" : exceptionReason);
		typed.put("notify", Boolean.toString(notify));
		try {
			boolean done = selections.confirm(roundId, kind, notify, exceptionReason, me.id());
			Flash.success(redirect, done ? "selection.confirmed." + kind.name() : "selection.alreadyConfirmed");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			redirect.addFlashAttribute("formError", new FormError("confirm", ex.messageKey()));
			redirect.addFlashAttribute("typed", typed);
		}
	}
}
