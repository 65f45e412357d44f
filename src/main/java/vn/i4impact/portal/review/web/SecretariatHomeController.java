package vn.i4impact.portal.review.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /secretariat}: the secretariat's start page. */
@Controller
class SecretariatHomeController {

	@GetMapping("/secretariat")
	String home() {
		return "secretariat/home";
	}

}
