package vn.i4impact.portal.nomination.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import vn.i4impact.portal.shared.web.Flash;

import static org.assertj.core.api.Assertions.assertThat;

/** A request over Spring's multipart limit never reaches the controller: the advice sends the unit back with the limits. */
class UploadLimitsTest {

	@Test
	void anOversizeUploadGoesBackToTheDossierWithTheLimitsInMegabytes() {
		var request = new MockHttpServletRequest("POST", "/my/nominations/42/files");
		FlashMap flash = new FlashMap();
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
		String view = new UploadLimits(DataSize.ofMegabytes(20), DataSize.ofMegabytes(100)).tooLarge(request);
		assertThat(view).isEqualTo("redirect:/my/nominations/42");
		Flash.Message message = (Flash.Message) flash.get("flashError");
		assertThat(message.key()).isEqualTo("myNominations.file.TOO_LARGE");
		assertThat(message.args()).containsExactly(20L, 100L);
	}

	@Test
	void elsewhereItGoesToTheListOfDossiers() {
		var request = new MockHttpServletRequest("POST", "/my/nominations/new/../../admin");
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
		assertThat(new UploadLimits(DataSize.ofMegabytes(20), DataSize.ofMegabytes(100)).tooLarge(request))
			.isEqualTo("redirect:/my/nominations");
	}

}
