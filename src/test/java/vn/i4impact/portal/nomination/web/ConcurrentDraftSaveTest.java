package vn.i4impact.portal.nomination.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12: two colleagues of one unit (and their tabs and autosaves) save one draft at the same moment from the same
 * version. Exactly one save wins whole; every other one lands on the designed conflict screen with its own text, or
 * the autosave's status line says a colleague saved a newer version. Never a 500, never the generic 409 page.
 */
@PortalTest
class ConcurrentDraftSaveTest {

	static final int SAVES = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	NominationService service;

	@Autowired
	ProgramCatalog program;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	record Outcome(int index, boolean autosave, int status, String body) {
	}

	@Test
	void parallelSavesOfOneVersionLetExactlyOneWinAndShowEveryOtherTheConflict() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser owner = data.user(Role.APPLICANT);
		CurrentUser colleague = colleagueOf(owner);
		Nomination n = service.start(owner, data.awardId(edition, "1.3"), NominationKind.SELF, service.selfNominee(owner));
		List<Long> texts = program.questions(n.getAwardId()).stream().filter(q -> q.kind().name().equals("LONG_TEXT"))
			.map(q -> q.id()).limit(2).toList();
		assertThat(texts).hasSize(2);
		long opened = n.getVersion();
		String base = "/my/nominations/" + n.getId();

		ExecutorService pool = Executors.newFixedThreadPool(SAVES);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Outcome>> futures = new ArrayList<>();
		for (int i = 0; i < SAVES; i++) {
			int index = i;
			// alternate the two accounts, and within each a plain save and an htmx autosave
			CurrentUser who = i % 2 == 0 ? owner : colleague;
			boolean autosave = i % 4 >= 2;
			Callable<Outcome> save = () -> {
				go.await();
				MockHttpServletResponse r = mvc.perform(post(autosave ? base + "/autosave" : base).with(Auth.as(who))
					.with(csrf()).header("HX-Request", autosave ? "true" : "false")
					.param("version", String.valueOf(opened)).param("title", "Tiêu đề số " + index)
					.param("q" + texts.get(0), answer(index, 'A')).param("q" + texts.get(1), answer(index, 'B')))
					.andReturn().getResponse();
				return new Outcome(index, autosave, r.getStatus(), HtmlUtils.htmlUnescape(r.getContentAsString()));
			};
			futures.add(pool.submit(save));
		}
		go.countDown();
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> f : futures) {
			outcomes.add(f.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();

		List<Outcome> won = new ArrayList<>();
		for (Outcome o : outcomes) {
			assertThat(o.status()).as("save %d", o.index()).isNotEqualTo(500);
			if (isWin(o)) {
				won.add(o);
				continue;
			}
			if (o.autosave()) {
				assertThat(o.status()).as("autosave %d", o.index()).isEqualTo(200);
				assertThat(o.body()).as("autosave %d", o.index())
					.contains("một đồng nghiệp đã lưu phiên bản mới hơn").doesNotContain("data-hx-swap-oob");
			}
			else {
				// the designed screen: the form again with this user's own text and the list of what is stored
				assertThat(o.status()).as("save %d", o.index()).isEqualTo(409);
				assertThat(o.body()).as("save %d", o.index()).contains("id=\"conflict\"")
					.contains("id=\"dossier-form\"").contains(answer(o.index(), 'A')).contains(answer(o.index(), 'B'));
			}
		}
		assertThat(won).as("exactly one save wins").hasSize(1);

		// what is stored is one submission whole, the winner's, never a mix of two
		int w = won.get(0).index();
		Nomination stored = service.get(owner.id(), n.getId());
		assertThat(stored.getTitle()).isEqualTo("Tiêu đề số " + w);
		assertThat(stored.answer(texts.get(0))).isEqualTo(answer(w, 'A'));
		assertThat(stored.answer(texts.get(1))).isEqualTo(answer(w, 'B'));
		assertThat(stored.getVersion()).isGreaterThan(opened);
	}

	private static boolean isWin(Outcome o) {
		return o.autosave() ? o.status() == 200 && o.body().contains("Đã lưu lúc")
				: o.status() == 302;
	}

	private static String answer(int index, char part) {
		return "Câu trả lời " + part + " của lần lưu số " + index + " ở Đà Nẵng";
	}

	/** A second account of the owner's unit. */
	private CurrentUser colleagueOf(CurrentUser owner) {
		CurrentUser c = accounts.createActive(TestData.uniqueEmail("colleague"), "Đồng nghiệp", TestData.PASSWORD,
				Set.of(Role.APPLICANT));
		jdbc.sql("""
				insert into unit_member (unit_id, user_id, role)
				select unit_id, ?, 'MEMBER' from unit_member where user_id = ?""").params(c.id(), owner.id()).update();
		return c;
	}

}
