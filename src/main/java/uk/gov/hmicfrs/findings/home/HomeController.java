package uk.gov.hmicfrs.findings.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final HomeService homeService;

    HomeController(HomeService homeService) {
        this.homeService = homeService;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", homeService.homePage());
        return "home/index";
    }
}
